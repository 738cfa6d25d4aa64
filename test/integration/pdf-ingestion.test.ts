/**
 * An essay from its PDF to the graph, the way the README's "Adding an essay" goes: `ingest` drafts
 * the text and metadata from a fixture PDF the test writes (test/support/fixture-pdf.ts), the
 * reviewer accepts the metadata and reviews one candidate finding, the seed takes the essay in, and
 * the API bridges it to the seed essay through the concepts, regions and instruments both name.
 */
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { ingestEssay, type IngestReport } from '../../seed/ingest-essay.js';
import { seedGraph } from '../../seed/seed-graph.js';
import { FIXTURE_ESSAY } from '../support/fixture-essay.js';
import { writeFixturePdf } from '../support/fixture-pdf.js';
import { startHttpApi, type HttpApi } from '../support/http-api.js';
import { connectTestDatabase, type TestConnection } from '../support/test-database.js';

const SLUG = 'werk-in-de-regio';
const SEED_ESSAY = 'bouwstenen-voor-de-regionale-arbeidsmarkt';

let connection: TestConnection;
let api: HttpApi;
let corpus: string;
let pdf: string;
let first: IngestReport;
let again: IngestReport;
let reviewedQuote: string;

beforeAll(async () => {
  connection = await connectTestDatabase();
  corpus = await mkdtemp(path.join(tmpdir(), 'kks-pdf-corpus-'));
  pdf = path.join(corpus, `${SLUG}.pdf`);
  await writeFile(pdf, (await writeFixturePdf(FIXTURE_ESSAY)).bytes);
  first = await ingestEssay({ pdf, slug: SLUG, corpusDir: corpus });
  again = await ingestEssay({ pdf, slug: SLUG, corpusDir: corpus });
  // The review: the drafted metadata is right as it stands; one candidate finding is kept.
  await rename(
    path.join(corpus, `${SLUG}.meta.draft.yaml`),
    path.join(corpus, `${SLUG}.meta.yaml`),
  );
  const findingsFile = path.join(corpus, `${SLUG}.findings.yaml`);
  const drafts = parseYaml(await readFile(findingsFile, 'utf8')) as {
    findings: Record<string, unknown>[];
  };
  const statistic = drafts.findings.find((finding) => finding['kind'] === 'STATISTIC')!;
  reviewedQuote = statistic['quote'] as string;
  Object.assign(statistic, {
    kind: 'CLAIM',
    status: 'reviewed',
    statement: {
      nl: 'De werkloosheid in Groningen ligt hoger dan in de Randstad.',
      en: 'Unemployment in Groningen is higher than in the Randstad.',
    },
  });
  delete statistic['statistic'];
  await writeFile(findingsFile, stringify(drafts), 'utf8');
  await seedGraph(connection.gateway, { extraCorpusDirs: [corpus] });
  api = await startHttpApi(connection.gateway);
}, 180_000);

afterAll(async () => {
  await api.server.stop();
  // Later files expect the seed graph alone.
  await seedGraph(connection.gateway);
  await connection.driver.close();
  await rm(corpus, { recursive: true, force: true });
});

async function query<T>(text: string): Promise<T> {
  const { data, errors } = await api.query<T>(text);
  expect(errors).toBeUndefined();
  return data!;
}

describe('npm run ingest on a PDF', () => {
  it('drafts the text, the metadata, candidate findings and lexicon candidates from the layout', () => {
    expect(first.layout).toEqual({
      pages: 6,
      title: FIXTURE_ESSAY.title,
      runningHeader: FIXTURE_ESSAY.runningHeader,
      headings: FIXTURE_ESSAY.blocks.filter((block) => block.kind === 'heading').length,
      footnotes: FIXTURE_ESSAY.notes.length,
      tables: 1,
    });
    expect(first.record.status).toBe('unmatched');
    expect(first.written.map((file) => path.basename(file))).toEqual([
      `${SLUG}.txt`,
      `${SLUG}.meta.draft.yaml`,
      `${SLUG}.findings.yaml`,
      `${SLUG}.lexicon-candidates.yaml`,
    ]);
    expect(first.drafted!.findings).toBeGreaterThan(0);
    expect(first.drafted!.lexiconCandidates).toBeGreaterThan(0);
  });

  it('never overwrites a file on a second run: it may hold review work', () => {
    expect(again.written).toEqual([]);
    expect(again.kept.map((file) => path.basename(file)).sort()).toEqual(
      [
        `${SLUG}.txt`,
        `${SLUG}.meta.draft.yaml`,
        `${SLUG}.findings.yaml`,
        `${SLUG}.lexicon-candidates.yaml`,
      ].sort(),
    );
  });

  it('--check finds no difference between a fresh draft and the metadata the reviewer accepted', async () => {
    const check = await ingestEssay({ pdf, slug: SLUG, corpusDir: corpus, check: true });
    expect(check.written).toEqual([]);
    expect(check.comparison!.differences).toEqual([]);
    const headings = FIXTURE_ESSAY.blocks.filter((block) => block.kind === 'heading').length;
    const cells = FIXTURE_ESSAY.blocks
      .flatMap((block) => (block.kind === 'table' ? block.table.rows : []))
      .flatMap((row) => row.cells.flat()).length;
    expect(check.comparison!.agreement['headings']).toEqual({ agreed: headings, total: headings });
    expect(check.comparison!.agreement['table cells']).toEqual({ agreed: cells, total: cells });
  });

  it('refuses a PDF whose title names no essay of the series unless a slug is given', async () => {
    await expect(ingestEssay({ pdf, corpusDir: corpus })).rejects.toThrow(
      /names no essay of the catalogue.*--slug/,
    );
  });
});

describe('the essay in the graph', () => {
  it('has its sections, passages with pages, and notes, as the PDF prints them', async () => {
    const data = await query<{
      essay: { title: string; sections: { title: string; page: number }[] };
      passage: { page: number; notes: { number: number; page: number; text: string }[] };
    }>(
      `{ essay(slug: "${SLUG}") { title sections { title page } }
         passage(slug: "${SLUG}--p001") { page notes { number page text } } }`,
    );
    expect(data.essay.title).toBe(FIXTURE_ESSAY.title);
    expect(data.essay.sections[0]).toEqual({
      title: 'Inleiding',
      page: FIXTURE_ESSAY.firstPageNumber,
    });
    expect(data.essay.sections.map((section) => section.title)).toEqual(
      FIXTURE_ESSAY.blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : [])),
    );
    expect(data.passage.notes[0]).toEqual({
      number: 1,
      page: FIXTURE_ESSAY.firstPageNumber,
      text: FIXTURE_ESSAY.notes[0]!.text,
    });
  });

  it('holds the reviewed finding with its quote and page, and none of the drafts', async () => {
    const data = await query<{
      findings: { edges: { node: { slug: string; evidence: { quote: string; page: number } } }[] };
    }>(
      `{ findings(document: "${SLUG}", first: 100) { edges { node { slug evidence { quote page } } } } }`,
    );
    expect(data.findings.edges.map((edge) => edge.node.evidence)).toEqual([
      { quote: reviewedQuote, page: FIXTURE_ESSAY.firstPageNumber },
    ]);
  });

  it('bridges to the seed essay through the concepts and regions both mention, each side with passages, pages and findings', async () => {
    interface Side {
      page: number;
      document: { slug: string };
    }
    interface Shared {
      passagesA: Side[];
      passagesB: Side[];
      findingsA: { evidence: { quote: string; page: number } }[] | null;
      findingsB: { slug: string }[] | null;
    }
    const sides = `passagesA { page document { ... on Essay { slug } } }
      passagesB { page document { ... on Essay { slug } } }
      findingsA { evidence { quote page } } findingsB { slug }`;
    const data = await query<{
      bridge: {
        sharedConcepts: (Shared & { concept: { slug: string } })[];
        sharedRegions: (Shared & { region: { slug: string } })[];
      };
    }>(
      `{ bridge(a: "Essay:${SLUG}", b: "Essay:${SEED_ESSAY}") {
          sharedConcepts(first: 30) { concept { slug } ${sides} }
          sharedRegions(first: 10) { region { slug } ${sides} } } }`,
    );
    const { sharedConcepts, sharedRegions } = data.bridge;
    expect(sharedConcepts.map((entry) => entry.concept.slug)).toEqual(
      expect.arrayContaining(['job-carving', 'gerelateerde-varieteit']),
    );
    expect(sharedRegions.map((entry) => entry.region.slug)).toEqual(
      expect.arrayContaining(['randstad']),
    );
    for (const entry of [...sharedConcepts, ...sharedRegions]) {
      expect(entry.passagesA.length).toBeGreaterThan(0);
      expect(entry.passagesB.length).toBeGreaterThan(0);
      for (const passage of entry.passagesA) {
        expect(passage.document.slug).toBe(SLUG);
        expect(passage.page).toBeGreaterThanOrEqual(FIXTURE_ESSAY.firstPageNumber);
      }
      for (const passage of entry.passagesB) expect(passage.document.slug).toBe(SEED_ESSAY);
    }
    // The essay's one reviewed finding is about Groningen and the Randstad; the seed essay
    // mentions the Randstad too, which shows the finding on the new essay's side.
    const randstad = sharedRegions.find((entry) => entry.region.slug === 'randstad')!;
    expect(randstad.findingsA).toEqual([
      { evidence: { quote: reviewedQuote, page: FIXTURE_ESSAY.firstPageNumber } },
    ]);
    expect(sharedConcepts.some((entry) => (entry.findingsB ?? []).length > 0)).toBe(true);
  });

  it('shows in the concept map which documents mention each concept, so the shared ones stand out', async () => {
    const data = await query<{
      conceptMap: {
        nodes: { concept: { slug: string }; documents: { __typename: string; slug: string }[] }[];
      };
    }>(
      `{ conceptMap { nodes { concept { slug } documents { __typename ... on Essay { slug } ... on Preface { slug } } } } }`,
    );
    const documentsOf = (concept: string) =>
      data.conceptMap.nodes
        .find((node) => node.concept.slug === concept)
        ?.documents.map((document) => `${document.__typename}:${document.slug}`);
    // In reading order: the seed essay's passages sort before the new essay's.
    expect(documentsOf('job-carving')).toEqual([`Essay:${SEED_ESSAY}`, `Essay:${SLUG}`]);
    expect(documentsOf('netwerksamenleving')).toEqual(['Preface:voorwoord-kks-essays']);
  });

  it("places an instrument in both essays' tables, each placement citing its own", async () => {
    const data = await query<{
      instrument: {
        themes: { theme: { slug: string }; table: { document: { slug: string } | null } }[];
      } | null;
    }>(
      `{ instrument(slug: "job-carving") { themes { theme { slug } table { document { slug } } } } }`,
    );
    expect(
      data.instrument!.themes.map((placement) => [
        placement.table.document?.slug,
        placement.theme.slug,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [SEED_ESSAY, 'inclusiviteit'],
        [SLUG, 'weerbaarheid'],
      ]),
    );
  });
});
