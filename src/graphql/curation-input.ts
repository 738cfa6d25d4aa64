/**
 * Mutation inputs -> curation drafts: node arguments become slugs of the label each expects, text
 * is checked against the limits below, and nothing reaches a repository until all of it is valid.
 * What needs the graph (does the passage hold the quote?) is checked by the repository.
 */
import type {
  AddConceptLabelInput,
  AddFindingInput,
  SubjectInput,
} from '../__generated__/resolvers-types.js';
import type { FindingDraft, SubjectRef } from '../domain/curation.js';
import { BadUserInputError } from '../domain/errors.js';
import type { SubjectLabel } from '../domain/graph-model.js';
import { quoted } from '../domain/quoted.js';
import { slugOf } from './global-id.js';

export const MAX_SLUG_LENGTH = 100;
export const MAX_STATEMENT_LENGTH = 2000;
export const MAX_LABEL_LENGTH = 200;
export const MAX_SUBJECTS = 50;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The label each field of SubjectInput names. */
const SUBJECT_FIELDS = {
  concept: 'Concept',
  instrument: 'PolicyInstrument',
  region: 'Region',
  organisation: 'Organisation',
  regulation: 'Regulation',
  theme: 'Theme',
} as const satisfies Record<keyof SubjectInput, SubjectLabel>;

/** @throws BadUserInputError naming the first invalid field. */
export function findingDraft(input: AddFindingInput): FindingDraft {
  if (input.slug.length > MAX_SLUG_LENGTH || !SLUG.test(input.slug)) {
    throw new BadUserInputError(
      `\`slug\` must be lowercase words and digits joined by hyphens, at most ${MAX_SLUG_LENGTH} characters (got ${quoted(input.slug)})`,
    );
  }
  if (input.kind === 'STATISTIC') {
    throw new BadUserInputError(
      '`kind` must be CLAIM, RECOMMENDATION or DEFINITION (got STATISTIC): a statistic carries figures, which seed/data/findings.yaml supplies',
    );
  }
  if (input.quote.trim() === '') throw new BadUserInputError('`quote` must not be blank');
  if (input.page != null && input.page < 1) {
    throw new BadUserInputError(`\`page\` must be a page number from 1 (got ${input.page})`);
  }
  if (input.about.length > MAX_SUBJECTS) {
    throw new BadUserInputError(
      `\`about\` takes at most ${MAX_SUBJECTS} subjects (got ${input.about.length})`,
    );
  }
  return {
    slug: input.slug,
    kind: input.kind,
    statementNl: statement(input.statementNl, 'statementNl'),
    statementEn: statement(input.statementEn, 'statementEn'),
    passage: slugOf(input.passage, 'Passage', 'passage'),
    quote: input.quote,
    page: input.page ?? null,
    about: distinct(input.about.map((subject) => subjectRef(subject, 'about'))),
  };
}

/**
 * The subject a SubjectInput names. GraphQL has already checked that exactly one field is set.
 * @throws BadUserInputError when that field names a node of another label.
 */
export function subjectRef(input: SubjectInput, argument: string): SubjectRef {
  const [field, value] = Object.entries(input).find(([, given]) => given != null) as [
    keyof SubjectInput,
    string,
  ];
  const label = SUBJECT_FIELDS[field];
  return { label, slug: slugOf(value, label, `${argument}.${field}`) };
}

/** @throws BadUserInputError naming the first invalid field. */
export function conceptLabelDraft(input: AddConceptLabelInput) {
  return {
    concept: slugOf(input.concept, 'Concept', 'concept'),
    label: conceptLabel(input.label),
    lang: input.lang,
  };
}

/**
 * A label as stored: Unicode NFC (so é typed two ways is one label), inner whitespace collapsed.
 * @throws BadUserInputError when it is blank or longer than MAX_LABEL_LENGTH.
 */
function conceptLabel(label: string): string {
  const normal = label.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (normal === '' || normal.length > MAX_LABEL_LENGTH) {
    throw new BadUserInputError(
      `\`label\` must be 1-${MAX_LABEL_LENGTH} characters of text (got ${normal.length} after trimming)`,
    );
  }
  return normal;
}

function statement(text: string, field: string): string {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_STATEMENT_LENGTH) {
    throw new BadUserInputError(
      `\`${field}\` must be 1-${MAX_STATEMENT_LENGTH} characters of text (got ${trimmed.length} after trimming)`,
    );
  }
  return trimmed;
}

/** The same subject twice in `about` means one link. */
function distinct(refs: readonly SubjectRef[]): SubjectRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = `${ref.label}:${ref.slug}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}
