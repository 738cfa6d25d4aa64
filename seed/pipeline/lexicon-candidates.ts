/**
 * Lexicon candidates for a reviewer: the lexicon-gap report of one essay written as
 * `<slug>.lexicon-candidates.yaml` beside it, each term with fields to fill in. The seed reads back
 * the candidates a reviewer accepted as lexicon entries of the kind they chose, validated with the
 * lexicon; the others change nothing. Pure.
 */
import { stringify } from 'yaml';
import { z } from 'zod';
import { STORED_REGION_KINDS } from '../../src/domain/models.js';
import { slugify } from './essay-graph.js';
import { checkLexicon, LexiconError, type Lexicon } from './lexicon.js';
import type { LexiconGap } from './lexicon-gaps.js';
import { parseYamlInput } from './yaml-input.js';

export interface LexiconCandidatesFile {
  readonly text: string;
  readonly name: string;
}

const HEADER = `# Lexicon candidates of {title}.
# Terms the essay uses far more often than general Dutch does and that no label of
# seed/data/lexicon.yaml names (the lexicon-gap report), most salient first, each with how often
# and in how many passages it occurs and its first sentence verbatim.
#
# To accept a term: set \`accept: true\`, choose its \`kind\` (concept, theme, region, organisation or
# regulation), check its \`slug\` and write its \`label\` (\`nl\`, and \`en\`; English is required for
# a concept or theme). A region needs \`regionKind\`, one of:
# ${STORED_REGION_KINDS.join(', ')}.
# \`altLabels\` (a list of other Dutch forms, such as the plural) is optional. Policy instruments
# come from the essays' tables and are added to lexicon.yaml by hand.
#
# Accepted terms join the lexicon when the seed runs and are validated with it: a slug or a label
# that another entry already has is an error. Terms left at \`accept: false\` change nothing; richer
# entries (definitions, broader and related concepts) belong in seed/data/lexicon.yaml itself.
`;

/** The candidates file for the essay titled `title`: one entry per term, none accepted. */
export function lexiconCandidatesYaml(gaps: readonly LexiconGap[], title: string): string {
  const candidates = gaps.map((gap) => ({
    surface: gap.surface,
    stem: gap.stem,
    count: gap.count,
    passages: gap.passages,
    example: { sentence: gap.example.sentence, page: gap.example.page },
    accept: false,
    kind: null,
    // An apostrophe joins, as search reads it: regio’s is regios.
    slug: slugify(gap.surface.replace(/[’'‘`]/gu, '')),
    label: { nl: gap.surface, en: '' },
  }));
  return `${HEADER.replace('{title}', `“${title}”`)}\n${stringify({ candidates }, { lineWidth: 0 })}`;
}

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase slug');
const text = z.string().trim().min(1);
/** What the report wrote; kept as the reviewer left it, checked only for its shape. */
const reported = {
  surface: z.string().optional(),
  stem: z.string().optional(),
  count: z.number().optional(),
  passages: z.number().optional(),
  example: z.strictObject({ sentence: z.string(), page: z.number() }).optional(),
};
const accepted = z
  .strictObject({
    ...reported,
    accept: z.literal(true),
    kind: z.enum(['concept', 'theme', 'region', 'organisation', 'regulation']),
    slug,
    label: z.strictObject({ nl: text, en: z.string().trim().optional() }),
    regionKind: z.enum(STORED_REGION_KINDS).optional(),
    altLabels: z.array(text).default([]),
  })
  .superRefine((entry, context) => {
    if ((entry.kind === 'concept' || entry.kind === 'theme') && !entry.label.en) {
      context.addIssue({
        code: 'custom',
        path: ['label', 'en'],
        message: `a ${entry.kind} needs an English label`,
      });
    }
    if ((entry.kind === 'region') !== (entry.regionKind !== undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['regionKind'],
        message: 'a region, and only a region, has a regionKind',
      });
    }
  });
const candidatesSchema = z.strictObject({
  candidates: z.array(
    z.discriminatedUnion('accept', [
      // Not accepted: whatever the reviewer half-filled is ignored.
      z.looseObject({ accept: z.literal(false) }),
      accepted,
    ]),
  ),
});

type Accepted = z.infer<typeof accepted>;
type Section = Exclude<keyof Lexicon, 'instruments'>;

const SECTION: Record<Accepted['kind'], Section> = {
  concept: 'concepts',
  theme: 'themes',
  region: 'regions',
  organisation: 'organisations',
  regulation: 'regulations',
};

/**
 * The lexicon with the accepted candidates of every file added, and how many candidates are not
 * accepted.
 * @throws LexiconError naming the file and the first invalid candidate; naming both files when an
 *   accepted slug is already an entry of the lexicon or of another candidates file; and as
 *   parseLexicon for the lexicon with the candidates added (a label two entries share).
 */
export function withAcceptedCandidates(
  lexicon: Lexicon,
  lexiconName: string,
  files: readonly LexiconCandidatesFile[],
): { lexicon: Lexicon; notAccepted: number } {
  const definedIn = new Map<string, string>();
  for (const section of Object.keys(lexicon) as (keyof Lexicon)[]) {
    for (const entry of lexicon[section]) {
      if (!('sameAs' in entry)) definedIn.set(entry.slug, `${lexiconName} (${section})`);
    }
  }
  const merged = Object.fromEntries(
    Object.entries(lexicon).map(([section, entries]) => [section, [...entries]]),
  ) as unknown as { [S in keyof Lexicon]: Lexicon[S][number][] };
  let notAccepted = 0;
  for (const file of files) {
    const { candidates } = parseYamlInput(
      file.text,
      file.name,
      candidatesSchema,
      (message) => new LexiconError(message),
    );
    for (const candidate of candidates) {
      if (!candidate.accept) {
        notAccepted += 1;
        continue;
      }
      const other = definedIn.get(candidate.slug);
      if (other !== undefined) {
        throw new LexiconError(
          `${file.name}: candidate ${candidate.slug} is already an entry of ${other}; a slug names one entry`,
        );
      }
      definedIn.set(candidate.slug, file.name);
      addEntry(merged, candidate);
    }
  }
  checkLexicon(merged, [lexiconName, ...files.map((file) => file.name)].join(' + '));
  return { lexicon: merged, notAccepted };
}

/** The entry an accepted candidate becomes: the fields its section requires, no more. */
function addEntry(
  lexicon: { [S in keyof Lexicon]: Lexicon[S][number][] },
  candidate: Accepted,
): void {
  const { slug: entrySlug, label } = candidate;
  const altLabels = { nl: candidate.altLabels, en: [] };
  const named = { slug: entrySlug, name: label.nl, labelEn: label.en || undefined, altLabels };
  switch (SECTION[candidate.kind]) {
    case 'concepts':
      lexicon.concepts.push({
        slug: entrySlug,
        prefLabel: { nl: label.nl, en: label.en ?? '' },
        altLabels,
        broader: [],
        related: [],
      });
      break;
    case 'themes':
      lexicon.themes.push({
        slug: entrySlug,
        label: { nl: label.nl, en: label.en ?? '' },
        altLabels,
      });
      break;
    case 'regions':
      lexicon.regions.push({
        ...named,
        kind: candidate.regionKind ?? 'region',
        partOf: [],
      });
      break;
    case 'organisations':
      lexicon.organisations.push(named);
      break;
    case 'regulations':
      lexicon.regulations.push(named);
      break;
  }
}
