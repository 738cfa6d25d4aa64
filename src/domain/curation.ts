/**
 * Curated writes as plain values: what a curator asks for (drafts), what a write reports (outcomes,
 * the codegen mappers of the mutation payloads), and the pure checks a draft must pass before
 * anything is written. The repository runs the checks inside the write transaction, against the
 * graph as that transaction sees it.
 */
import { BadUserInputError, ConflictError } from './errors.js';
import type { SubjectLabel } from './graph-model.js';
import type { CuratorName } from './curator.js';
import type {
  ConceptModel,
  FindingKind,
  FindingModel,
  Labels,
  PassageModel,
  SubjectModel,
} from './models.js';
import { pageAt } from './passage-pages.js';

export interface SubjectRef {
  readonly label: SubjectLabel;
  readonly slug: string;
}

/** A finding as a curator submits it, its ids already resolved to slugs. */
export interface FindingDraft {
  readonly slug: string;
  /** STATISTIC carries figures, which only the seed data supplies. */
  readonly kind: Exclude<FindingKind, 'STATISTIC'>;
  readonly statementNl: string;
  readonly statementEn: string;
  /** Slug of the passage that states it. */
  readonly passage: string;
  readonly quote: string;
  /** The page the curator says the quote starts on, or null to take the computed one. */
  readonly page: number | null;
  /** Without duplicates. */
  readonly about: readonly SubjectRef[];
}

/** Who made a curated change, and when (ISO 8601, UTC, milliseconds). */
export interface CurationStamp {
  readonly curator: CuratorName;
  readonly at: string;
}

/** Outcome of addFinding. `changed` is false for a repeat, which wrote nothing. */
export interface FindingAddition {
  readonly finding: FindingModel;
  readonly changed: boolean;
  /** Null for a finding that came from the seed data. */
  readonly created: CurationStamp | null;
}

/** Outcome of linkEntity and unlinkEntity. */
export interface SubjectLinkChange {
  readonly finding: FindingModel;
  readonly subject: SubjectModel;
  readonly changed: boolean;
  /** The finding's latest curated change: this one when `changed`. */
  readonly updated: CurationStamp | null;
}

/** Outcome of addConceptLabel. */
export interface ConceptLabelAddition {
  readonly concept: ConceptModel;
  readonly changed: boolean;
  /** The concept's latest curated change: this one when `changed`. */
  readonly updated: CurationStamp | null;
}

export type Lang = 'NL' | 'EN';

/**
 * Curated labels, normalised and joined (src/domain/text-normalisation.ts): the full-text indexes
 * read it beside the seeded labelText/searchText, so search and typeahead find curated labels.
 */
export const CURATED_LABEL_TEXT = 'curatedLabelText';

/**
 * Curated labels, each normalised on its own (src/domain/text-normalisation.ts): what filters that
 * take a label match, beside the seeded `nameKeys`.
 */
export const CURATED_NAME_KEYS = 'curatedNameKeys';

/** Where curated alternative labels live: apart from the seeded ones, which a reseed rewrites. */
export const CURATED_ALT_LABELS = { NL: 'curatedAltLabelsNl', EN: 'curatedAltLabelsEn' } as const;

/**
 * The properties curation sets on nodes the seed also writes. The seed writer carries exactly these
 * across a reseed (everything else on a seeded node is the seed's); the names are reserved for it.
 */
export const CURATED_NODE_PROPERTIES = [
  CURATED_ALT_LABELS.NL,
  CURATED_ALT_LABELS.EN,
  CURATED_LABEL_TEXT,
  CURATED_NAME_KEYS,
  'updatedBy',
  'updatedAt',
] as const;

/**
 * The page the quote starts on.
 * @throws BadUserInputError when the quote is not a verbatim substring of the passage's text, or
 *   when `page` is given and is not that page.
 */
export function anchorQuote(passage: PassageModel, quote: string, page: number | null): number {
  const offset = passage.text.indexOf(quote);
  if (offset < 0) {
    throw new BadUserInputError(
      `The quote must be a verbatim substring of the text of passage "${passage.slug}", and it is not; copy it from Passage.text`,
    );
  }
  const start = pageAt(passage, offset);
  if (page !== null && page !== start) {
    throw new BadUserInputError(
      `The quote starts on page ${start} of passage "${passage.slug}", but page ${page} was given`,
    );
  }
  return start;
}

/** A finding as stored, to compare a repeated request with. */
export interface StoredFinding {
  readonly finding: FindingModel;
  readonly passage: string | null;
  readonly quote: string | null;
  readonly about: readonly SubjectRef[];
  readonly created: CurationStamp | null;
}

/**
 * Accepts a draft whose slug is taken only when it is the stored finding exactly: the same request
 * again, e.g. a client retrying after a lost response.
 * @throws ConflictError naming the fields that differ.
 */
export function requireSameFinding(stored: StoredFinding, draft: FindingDraft): void {
  // By slug: the lexicon gives each entity one slug, under whichever of its types it is named.
  const subjects = (refs: readonly SubjectRef[]) =>
    [...new Set(refs.map((ref) => ref.slug))].sort().join(',');
  const differences = [
    stored.finding.kind !== draft.kind && 'kind',
    stored.finding.statementNl !== draft.statementNl && 'statementNl',
    stored.finding.statementEn !== draft.statementEn && 'statementEn',
    stored.passage !== draft.passage && 'passage',
    stored.quote !== draft.quote && 'quote',
    subjects(stored.about) !== subjects(draft.about) && 'about',
  ].filter((field): field is string => field !== false);
  if (differences.length > 0) {
    throw new ConflictError(
      `Finding "${draft.slug}" already exists with another ${differences.join(', ')}; a slug names one finding, so choose another slug (or change links with linkEntity/unlinkEntity)`,
    );
  }
}

/** Whether `label` is already a label of the node in `lang`, preferred or alternative. */
export function hasLabel(labels: Labels, label: string, lang: Lang): boolean {
  const known = lang === 'EN' ? [labels.en, ...labels.altEn] : [labels.nl, ...labels.altNl];
  return known.includes(label);
}
