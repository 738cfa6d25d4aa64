/**
 * Candidate findings for a reviewer: the sentences of an essay that report figures or carry a
 * conclusion or recommendation cue, each with its verbatim quote, the page it starts on, the lexicon
 * entries it mentions and why it was picked, marked `draft`. `findingDraftsYaml` writes them as the
 * `<slug>.findings.yaml` file that sits beside the essay; the seed reads back only what a reviewer
 * marked `reviewed` (reviewed-findings.ts). Pure.
 */
import { stringify } from 'yaml';
import { pageAt } from '../../src/domain/passage-pages.js';
import { words } from '../../src/domain/text-normalisation.js';
import { slugify } from './essay-graph.js';
import { documentPassages } from './essay-passages.js';
import { cuesIn, figuresIn, type CueKind, type Qualifier } from './finding-cues.js';
import type { Finding } from './findings.js';
import type { MentionMatcher } from './mentions.js';
import type { EssayText } from './read-essay.js';
import { splitSentences } from '../../src/domain/sentences.js';

type AboutKey = keyof Finding['about'];

export interface FindingDraft {
  readonly slug: string;
  readonly document: string;
  readonly kind: CueKind | 'STATISTIC';
  readonly status: 'draft';
  /** Why the sentence was picked: its figures and cues. */
  readonly reason: string;
  /** The sentence, verbatim from the cleaned passage text. */
  readonly quote: string;
  /** The page the quote starts on. */
  readonly page: number;
  /** The lexicon entries the quote mentions, by findings.yaml's `about` keys. */
  readonly about: Partial<Record<AboutKey, readonly string[]>>;
  /** What the first figure reads as; indicator and what it measures are the reviewer's to write. */
  readonly statistic?: {
    readonly value: number;
    readonly unit: string | null;
    readonly period: string | null;
    readonly qualifier: Qualifier | null;
  };
}

const ABOUT_KEYS = {
  Concept: 'concept',
  Region: 'region',
  Organisation: 'organisation',
  Regulation: 'regulation',
  PolicyInstrument: 'instrument',
  Theme: 'theme',
} as const satisfies Record<string, AboutKey>;

/** Shorter sentences are headings, captions or fragments, not statements. */
const MIN_WORDS = 4;
/** A drafted slug is built from the quote's first words, up to this length. */
const SLUG_LENGTH = 60;

export interface DraftOptions {
  /**
   * Findings already stated (curated, or reviewed drafts): a sentence their quote overlaps is not
   * drafted again, and their slugs are not drafted, so that a rerun adds only what is new.
   */
  readonly stated?: readonly Pick<Finding, 'slug' | 'document' | 'quote'>[];
}

/**
 * The candidate findings of every document of `essay`, in reading order. A sentence that occurs in
 * more than one passage of its document is left out: its quote could not say which one it cites.
 */
export function draftFindings(
  essay: EssayText,
  matcher: MentionMatcher,
  options: DraftOptions = {},
): FindingDraft[] {
  const stated = options.stated ?? [];
  const drafts: FindingDraft[] = [];
  const slugs = new Set(stated.map((finding) => finding.slug));
  for (const document of essay.documents) {
    const passages = documentPassages(document);
    const statedHere = stated.filter((finding) => finding.document === document.slug);
    for (const passage of passages) {
      const statedSpans = statedHere
        .map((finding) => ({
          start: passage.text.indexOf(finding.quote),
          length: finding.quote.length,
        }))
        .filter((span) => span.start >= 0);
      for (const span of splitSentences(passage.text)) {
        const quote = passage.text.slice(span.start, span.end);
        if (words(quote).length < MIN_WORDS) continue;
        if (passages.filter((other) => other.text.includes(quote)).length !== 1) continue;
        if (
          statedSpans.some(
            (other) => other.start < span.end && span.start < other.start + other.length,
          )
        ) {
          continue;
        }
        const draft = draftOf(quote, matcher);
        if (draft === null) continue;
        const slug = uniqueSlug(quote, slugs);
        drafts.push({
          slug,
          document: document.slug,
          status: 'draft',
          quote,
          page: pageAt(passage, passage.text.indexOf(quote)),
          ...draft,
        });
      }
    }
  }
  return drafts;
}

function draftOf(
  quote: string,
  matcher: MentionMatcher,
): Pick<FindingDraft, 'kind' | 'reason' | 'about' | 'statistic'> | null {
  const { figures, year } = figuresIn(quote);
  const cues = cuesIn(quote);
  if (figures.length === 0 && cues.length === 0 && year === null) return null;
  const reasons = [
    ...figures.map(
      (figure) =>
        `figure “${figure.printed}”${figure.qualifier === null ? '' : ` (${figure.qualifier})`}`,
    ),
    ...(figures.length === 0 && year !== null ? [`year ${year}`] : []),
    ...cues.map((cue) => `cue “${cue.words}”: ${cue.why}`),
  ];
  const [figure] = figures;
  // A year alone dates a statement rather than measuring anything: findings.yaml records dates
  // and time spans as claims.
  const kind = figure !== undefined ? 'STATISTIC' : (cues[0]?.kind ?? 'CLAIM');
  return {
    kind,
    reason: reasons.join('; '),
    about: aboutOf(quote, matcher),
    ...(figure === undefined
      ? {}
      : {
          statistic: {
            value: figure.value,
            unit: figure.unit,
            period: figure.period,
            qualifier: figure.qualifier,
          },
        }),
  };
}

function aboutOf(quote: string, matcher: MentionMatcher): FindingDraft['about'] {
  const about: Partial<Record<AboutKey, string[]>> = {};
  for (const { entity } of matcher.find(quote)) {
    const key = ABOUT_KEYS[entity.label];
    about[key] = [...(about[key] ?? []), entity.slug];
  }
  return about;
}

function uniqueSlug(quote: string, taken: Set<string>): string {
  const full = slugify(quote);
  // Cut at a word boundary: a slug of whole words reads as the quote's opening.
  const base =
    (full.length <= SLUG_LENGTH ? full : full.slice(0, SLUG_LENGTH + 1).replace(/-[^-]*$/u, '')) ||
    'finding';
  let slug = base;
  for (let suffix = 2; taken.has(slug); suffix += 1) slug = `${base}-${suffix}`;
  taken.add(slug);
  return slug;
}

const HEADER = `# Draft findings of {title}.
# Picked by rule: every sentence that reports a figure (a number with a unit, a qualified number,
# a year) or carries a definition, recommendation or conclusion cue. Each \`quote\` is verbatim
# from the cleaned passage and \`page\` is the page it starts on.
#
# To review an entry: keep it only if the essay states it as a finding (delete it otherwise);
# write \`statement.nl\` and \`statement.en\`; check \`kind\` (CLAIM, RECOMMENDATION, DEFINITION or
# STATISTIC) and \`about\` (slugs of seed/data/lexicon.yaml); you may shorten the quote to the words
# that state the finding, as long as it stays verbatim and starts on the stated page. A STATISTIC
# needs \`statistic.indicator\` and \`statistic.measures\` (nl, en) and a checked value, unit, period
# and qualifier; any other kind has no \`statistic\`. Then set \`status: reviewed\`.
#
# Only reviewed entries enter the graph, validated as seed/data/findings.yaml is; drafts are
# counted and skipped. \`reason\` says why the rule picked the sentence and may stay.
`;

/** The draft findings file for the essay titled `title`, header comment included. */
export function findingDraftsYaml(drafts: readonly FindingDraft[], title: string): string {
  const findings = drafts.map((draft) => ({
    slug: draft.slug,
    document: draft.document,
    kind: draft.kind,
    status: draft.status,
    reason: draft.reason,
    statement: { nl: '', en: '' },
    quote: draft.quote,
    page: draft.page,
    about: draft.about,
    ...(draft.statistic === undefined
      ? {}
      : {
          statistic: {
            indicator: '',
            measures: { nl: '', en: '' },
            value: draft.statistic.value,
            unit: draft.statistic.unit ?? '',
            period: draft.statistic.period ?? '',
            qualifier: draft.statistic.qualifier,
          },
        }),
  }));
  return `${HEADER.replace('{title}', `“${title}”`)}\n${stringify({ findings }, { lineWidth: 0 })}`;
}
