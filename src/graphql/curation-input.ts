/**
 * Mutation arguments -> curation drafts: global ids become slugs of the label each argument
 * expects, text is checked against the limits below, and nothing reaches a repository until all of
 * it is valid. What needs the graph (does the passage hold the quote?) is checked by the repository.
 */
import type { AddFindingInput } from '../__generated__/resolvers-types.js';
import {
  isSubjectLabel,
  type FindingDraft,
  type SubjectLabel,
  type SubjectRef,
} from '../domain/curation.js';
import { BadUserInputError } from '../domain/errors.js';
import type { NodeLabel } from '../domain/graph-model.js';
import { fromGlobalId } from './global-id.js';

export const MAX_SLUG_LENGTH = 100;
export const MAX_STATEMENT_LENGTH = 2000;
export const MAX_LABEL_LENGTH = 200;
export const MAX_SUBJECTS = 50;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** @throws BadUserInputError naming the first invalid field. */
export function findingDraft(input: AddFindingInput): FindingDraft {
  if (input.slug.length > MAX_SLUG_LENGTH || !SLUG.test(input.slug)) {
    throw new BadUserInputError(
      `\`slug\` must be lowercase words and digits joined by hyphens, at most ${MAX_SLUG_LENGTH} characters (got ${JSON.stringify(input.slug)})`,
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
      `\`about\` takes at most ${MAX_SUBJECTS} ids (got ${input.about.length})`,
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
    about: distinct(input.about.map((id) => subjectRef(id, 'about'))),
  };
}

/** @throws BadUserInputError unless `id` is the global id of a node of `label`. */
export function slugOf(id: string, label: NodeLabel, argument: string): string {
  const node = fromGlobalId(id);
  if (node.label !== label) {
    throw new BadUserInputError(
      `\`${argument}\` must be the id of a ${label} (got the id of ${node.label} ${JSON.stringify(node.slug)})`,
    );
  }
  return node.slug;
}

/** @throws BadUserInputError unless `id` is the global id of something a finding can be about. */
export function subjectRef(id: string, argument: string): SubjectRef {
  const node = fromGlobalId(id);
  if (!isSubjectLabel(node.label)) {
    throw new BadUserInputError(
      `\`${argument}\` must name a Concept, PolicyInstrument, Region, Organisation, Regulation or Theme (got the id of ${node.label} ${JSON.stringify(node.slug)})`,
    );
  }
  return { label: node.label satisfies SubjectLabel, slug: node.slug };
}

/**
 * A label as stored: Unicode NFC (so é typed two ways is one label), inner whitespace collapsed.
 * @throws BadUserInputError when it is blank or longer than MAX_LABEL_LENGTH.
 */
export function conceptLabel(label: string): string {
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

/** The same id twice in `about` means one link. */
function distinct(refs: readonly SubjectRef[]): SubjectRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = `${ref.label}:${ref.slug}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}
