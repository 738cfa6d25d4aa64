/**
 * Footnotes through the real HTTP API: an essay whose metadata gives the notes' texts (the test
 * fixture, as a PDF would) answers each passage's notes with their numbers, pages and texts, and
 * each note as a node of its own; the seed essay, whose text dump keeps only the numbers, answers
 * none.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEssayMetadata } from '../../seed/pipeline/essay-metadata.js';
import { seedGraph } from '../../seed/seed-graph.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { startHttpApi, type HttpApi } from '../support/http-api.js';
import { connectTestDatabase, type TestConnection } from '../support/test-database.js';

const FIXTURE_CORPUS = fileURLToPath(new URL('../fixtures/second-essay/', import.meta.url));
const ESSAY = 'proefessay-regionale-veerkracht';
const GIVEN_NOTES =
  parseEssayMetadata(
    readFileSync(new URL(`${ESSAY}.meta.yaml`, `file://${FIXTURE_CORPUS}`), 'utf8'),
    `${ESSAY}.meta.yaml`,
  ).footnotes?.notes ?? [];

let connection: TestConnection;
let api: HttpApi;

beforeAll(async () => {
  connection = await connectTestDatabase();
  await seedGraph(connection.gateway, { extraCorpusDirs: [FIXTURE_CORPUS] });
  api = await startHttpApi(connection.gateway);
});

afterAll(async () => {
  await api.server.stop();
  // Later files expect the seed graph alone.
  await seedGraph(connection.gateway);
  await connection.driver.close();
});

async function query<T>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { data, errors } = await api.query<T>(text, variables);
  expect(errors).toBeUndefined();
  return data!;
}

interface Note {
  id: string;
  slug: string;
  number: number;
  page: number;
  text: string;
  passage: { slug: string } | null;
  document: { slug: string } | null;
}

const NOTE = `id slug number page text passage { slug } document { ... on Essay { slug } }`;

interface PassageNotes {
  slug: string;
  page: number;
  pageEnd: number;
  footnotes: number[];
  notes: Note[];
}

async function passagesOf(document: string): Promise<PassageNotes[]> {
  const data = await query<{ passages: { edges: { node: PassageNotes }[] } }>(
    `query ($document: String) { passages(document: $document, first: 100) {
       edges { node { slug page pageEnd footnotes notes { ${NOTE} } } } } }`,
    { document },
  );
  return data.passages.edges.map((edge) => edge.node);
}

describe('a passage of an essay whose notes are printed', () => {
  it('answers the notes it cites, in the order of its markers, with their numbers, pages and texts', async () => {
    expect(GIVEN_NOTES).toHaveLength(5);
    const passages = await passagesOf(ESSAY);
    expect(passages.map((passage) => [passage.page, passage.pageEnd, passage.footnotes])).toEqual([
      [1, 1, [1, 2]],
      [1, 2, [3]],
      [2, 2, [4]],
      [3, 3, [5]],
    ]);
    for (const passage of passages) {
      expect(passage.notes.map((note) => note.number)).toEqual(passage.footnotes);
      for (const note of passage.notes) {
        const given = GIVEN_NOTES.find((candidate) => candidate.number === note.number);
        expect(note).toEqual({
          id: toGlobalId('Footnote', note.slug),
          slug: `${ESSAY}--n${String(note.number).padStart(3, '0')}`,
          number: note.number,
          page: given?.page,
          text: given?.text,
          passage: { slug: passage.slug },
          document: { slug: ESSAY },
        });
      }
    }
    // Note 3 is cited on the second page of a passage that starts on the first.
    expect(passages[1]?.notes.map((note) => note.page)).toEqual([2]);
  });

  it('cites notes that are nodes: found by global id or Type:slug, and in its neighbourhood', async () => {
    const [first] = await passagesOf(ESSAY);
    const [one, two] = first!.notes;
    const data = await query<{
      byId: Note | null;
      byKey: (Note | null)[];
      neighbourhood: {
        nodes: { id: string; __typename: string }[];
        edges: { type: string; provenance: string; to: { id: string } }[];
      };
    }>(
      `query ($id: ID!, $key: ID!, $passage: ID!) {
         byId: node(id: $id) { ... on Footnote { ${NOTE} } }
         byKey: nodes(ids: [$key, "Footnote:${ESSAY}--n099"]) { ... on Footnote { ${NOTE} } }
         neighbourhood(id: $passage, types: [FOOTNOTE], first: 50) {
           nodes { id __typename } edges { type provenance to { id } } } }`,
      { id: one!.id, key: `Footnote:${two!.slug}`, passage: `Passage:${first!.slug}` },
    );
    expect(data.byId).toEqual(one);
    expect(data.byKey).toEqual([two, null]);
    const others = data.neighbourhood.nodes.filter(
      (node) => node.id !== toGlobalId('Passage', first!.slug),
    );
    expect(others.map((node) => [node.__typename, node.id]).sort()).toEqual(
      [one, two].map((note) => ['Footnote', note!.id]).sort(),
    );
    expect(data.neighbourhood.edges).toEqual(
      expect.arrayContaining(
        [one, two].map((note) => ({
          type: 'CITES_NOTE',
          provenance: 'document structure',
          to: { id: note!.id },
        })),
      ),
    );
  });
});

describe('search', () => {
  it('finds a note by the words of its text, as a footnote', async () => {
    const data = await query<{
      search: {
        edges: {
          node: { type: string; snippet: string; node: { slug?: string; number?: number } };
        }[];
      };
    }>(
      `{ search(query: "related variety regional economic growth", types: [FOOTNOTE]) {
           edges { node { type snippet node { ... on Footnote { slug number } } } } } }`,
    );
    const [best, ...rest] = data.search.edges.map((edge) => edge.node);
    expect(best).toMatchObject({
      type: 'FOOTNOTE',
      node: { slug: `${ESSAY}--n002`, number: 2 },
    });
    expect(best?.snippet).toContain('Related variety');
    for (const hit of rest) expect(hit.type).toBe('FOOTNOTE');
  });
});

describe('a passage of the seed essay', () => {
  it('keeps the numbers of the notes it cites and answers no notes: the text dump has no texts', async () => {
    const passages = await passagesOf('bouwstenen-voor-de-regionale-arbeidsmarkt');
    const citing = passages.filter((passage) => passage.footnotes.length > 0);
    expect(citing.length).toBeGreaterThan(10);
    for (const passage of passages) expect(passage.notes).toEqual([]);
  });
});
