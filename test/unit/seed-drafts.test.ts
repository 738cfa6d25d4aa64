/**
 * Drafts beside an essay, as the seed reads them: a reviewed finding enters the graph with its
 * evidence and a draft does not; an accepted lexicon candidate becomes a lexicon entry that
 * passages mention and one left unaccepted changes nothing; both are validated like the curated
 * files. The essay is one this test writes, in the raw form of the corpus, over two pages.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseEssayMetadata } from '../../seed/pipeline/essay-metadata.js';
import { essayPassages } from '../../seed/pipeline/essay-passages.js';
import { draftFindings, findingDraftsYaml } from '../../seed/pipeline/finding-drafts.js';
import { lexiconCandidatesYaml } from '../../seed/pipeline/lexicon-candidates.js';
import { allLexiconLabels, lexiconGaps, parseBaseline } from '../../seed/pipeline/lexicon-gaps.js';
import { lexiconLabels, parseLexicon } from '../../seed/pipeline/lexicon.js';
import { MentionMatcher } from '../../seed/pipeline/mentions.js';
import { readEssay } from '../../seed/pipeline/read-essay.js';
import { prepareSeed } from '../../seed/seed-graph.js';

const SLUG = 'proefessay-drafts';
/** One paragraph; its third sentence starts on page 1 and runs onto page 2. */
const RAW_TEXT = [
  ' Inleiding ',
  'De werkloosheid in de regio steeg van 3,8 procent in 2008 tot 9 procent in 2014. Volgens o.a. dr. ',
  'Jansen blijkt de regio daarom de schaal waarop het beleid werkt. Gemeenten moeten ',
  'daarom samen investeren in weerbaarheid, zodat ',
  '',
  '2',
  'Proefessay voor de drafts',
  'meer mensen kunnen meedoen. Kortom, job carving helpt werkzoekenden aan werk.',
  '',
].join('\n\n');
const METADATA = `source: ${SLUG}.txt
runningHeader: Proefessay voor de drafts
documents:
  - label: Essay
    slug: ${SLUG}
    title: Proefessay over drafts
    headings: [Inleiding]
`;
const SEED_DATA = new URL('../../seed/data/', import.meta.url);
const lexicon = parseLexicon(readFileSync(new URL('lexicon.yaml', SEED_DATA), 'utf8'), 'lexicon');
const essay = readEssay(RAW_TEXT, parseEssayMetadata(METADATA, 'metadata'));
const drafts = draftFindings(essay, new MentionMatcher(lexiconLabels(lexicon)));
const RECOMMENDATION = drafts.find((draft) => draft.quote.startsWith('Gemeenten moeten'));

type Entry = Record<string, unknown>;

/** A corpus folder with the essay and, beside it, the drafts files given. */
function corpusWith(files: { findings?: string; candidates?: string }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kks-drafts-'));
  writeFileSync(path.join(dir, `${SLUG}.txt`), RAW_TEXT);
  writeFileSync(path.join(dir, `${SLUG}.meta.yaml`), METADATA);
  if (files.findings) writeFileSync(path.join(dir, `${SLUG}.findings.yaml`), files.findings);
  if (files.candidates) {
    writeFileSync(path.join(dir, `${SLUG}.lexicon-candidates.yaml`), files.candidates);
  }
  return dir;
}

/** The drafted findings file with the recommendation reviewed, changed by `edit`. */
function findingsReviewed(edit: (entry: Entry) => void = () => undefined): string {
  const file = parse(findingDraftsYaml(drafts, 'Proefessay')) as { findings: Entry[] };
  const entry = file.findings.find((candidate) => candidate['slug'] === RECOMMENDATION?.slug);
  Object.assign(entry ?? {}, {
    status: 'reviewed',
    statement: {
      nl: 'Gemeenten moeten samen investeren in weerbaarheid.',
      en: 'Municipalities should invest jointly in resilience.',
    },
  });
  edit(entry ?? {});
  return stringify(file);
}

describe('draft findings beside an essay', () => {
  it('place the quote that runs across a page break on the page it starts on', () => {
    expect(RECOMMENDATION).toMatchObject({ kind: 'RECOMMENDATION', page: 1 });
    expect(drafts.find((draft) => draft.quote.startsWith('Kortom'))?.page).toBe(2);
  });

  it('enter the graph once reviewed, with their evidence; drafts stay out and are counted', async () => {
    const seed = await prepareSeed({
      extraCorpusDirs: [corpusWith({ findings: findingsReviewed() })],
    });
    const findingSlugs = (seed.graph.nodes.get('Finding') ?? []).map((row) => row.slug);
    expect(findingSlugs).toContain(RECOMMENDATION?.slug);
    for (const draft of drafts.filter((candidate) => candidate !== RECOMMENDATION)) {
      expect(findingSlugs).not.toContain(draft.slug);
    }
    const evidence = seed.graph.relationships
      .filter((group) => group.type === 'STATED_IN')
      .flatMap((group) => group.rows)
      .find((row) => row.from === RECOMMENDATION?.slug);
    expect(evidence?.properties).toEqual({ quote: RECOMMENDATION?.quote, page: 1 });
    const about = seed.graph.relationships
      .filter((group) => group.type === 'ABOUT')
      .flatMap((group) => group.rows.filter((row) => row.from === RECOMMENDATION?.slug));
    expect(about.map((row) => row.to)).toContain('weerbaarheid');
    expect(seed.awaitingReview).toEqual({ findings: drafts.length - 1, lexiconCandidates: 0 });
  });

  it('are checked like the curated findings once reviewed: the stated page, a slug used twice', async () => {
    const wrongPage = findingsReviewed((entry) => Object.assign(entry, { page: 2 }));
    await expect(
      prepareSeed({ extraCorpusDirs: [corpusWith({ findings: wrongPage })] }),
    ).rejects.toThrow('page 2 is stated, but the quote starts on page 1');
    const curatedSlug = findingsReviewed((entry) =>
      Object.assign(entry, { slug: 'kks-aantal-projecten' }),
    );
    await expect(
      prepareSeed({ extraCorpusDirs: [corpusWith({ findings: curatedSlug })] }),
    ).rejects.toThrow(
      /finding kks-aantal-projecten is defined in both seed\/data\/findings\.yaml and .*proefessay-drafts\.findings\.yaml/u,
    );
  });
});

describe('lexicon candidates beside an essay', () => {
  const baseline = parseBaseline(
    readFileSync(new URL('dutch-word-frequencies.tsv', SEED_DATA), 'utf8'),
    'baseline',
  );
  const gaps = lexiconGaps(essayPassages(essay), allLexiconLabels(lexicon), baseline, {
    minCount: 1,
  });

  /** The candidates file with the term "schaal" accepted as `accepted` says. */
  function candidatesAccepting(accepted: Entry): string {
    const file = parse(lexiconCandidatesYaml(gaps, 'Proefessay')) as { candidates: Entry[] };
    const entry = file.candidates.find((candidate) => candidate['surface'] === 'schaal');
    Object.assign(entry ?? {}, { accept: true, ...accepted });
    return stringify(file);
  }

  it('offer each term with its counts and a verbatim example, none accepted', () => {
    const file = parse(lexiconCandidatesYaml(gaps, 'Proefessay')) as { candidates: Entry[] };
    expect(file.candidates).toHaveLength(gaps.length);
    const texts = essayPassages(essay).map((passage) => passage.text);
    for (const candidate of file.candidates) {
      expect(candidate).toMatchObject({ accept: false, kind: null });
      // Accepting a term as drafted needs no new slug.
      expect(candidate['slug']).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/u);
      const example = candidate['example'] as { sentence: string };
      expect(texts.some((text) => text.includes(example.sentence))).toBe(true);
    }
  });

  it('become lexicon entries once accepted, which passages then mention; others change nothing', async () => {
    const candidates = candidatesAccepting({
      kind: 'concept',
      slug: 'schaal',
      label: { nl: 'schaal', en: 'scale' },
    });
    const seed = await prepareSeed({ extraCorpusDirs: [corpusWith({ candidates })] });
    const concept = seed.graph.nodes.get('Concept')?.find((row) => row.slug === 'schaal');
    expect(concept?.properties).toMatchObject({ prefLabelNl: 'schaal', prefLabelEn: 'scale' });
    const mentions = seed.graph.relationships
      .filter((group) => group.type === 'MENTIONS')
      .flatMap((group) => group.rows.filter((row) => row.to === 'schaal'));
    expect(mentions.map((row) => row.from)).toContain(`${SLUG}--p001`);
    expect(seed.awaitingReview.lexiconCandidates).toBe(gaps.length - 1);
    const conceptCount = (await prepareSeed()).graph.nodes.get('Concept')?.length ?? 0;
    expect(seed.graph.nodes.get('Concept')).toHaveLength(conceptCount + 1);
  });

  it('are refused when accepted under a slug the lexicon already has, naming both files', async () => {
    const candidates = candidatesAccepting({
      kind: 'concept',
      slug: 'job-carving',
      label: { nl: 'schaal', en: 'scale' },
    });
    await expect(prepareSeed({ extraCorpusDirs: [corpusWith({ candidates })] })).rejects.toThrow(
      /proefessay-drafts\.lexicon-candidates\.yaml: candidate job-carving is already an entry of seed\/data\/lexicon\.yaml \(concepts\)/u,
    );
  });

  it('are refused when accepted without what the kind needs', async () => {
    const candidates = candidatesAccepting({
      kind: 'region',
      slug: 'schaal',
      label: { nl: 'schaal' },
    });
    await expect(prepareSeed({ extraCorpusDirs: [corpusWith({ candidates })] })).rejects.toThrow(
      /candidates\.\d+\.regionKind: a region, and only a region, has a regionKind/u,
    );
  });
});
