/**
 * The research exports, read back with the tools researchers use (networkx, rdflib, Python's csv
 * and json), agree with what the GraphQL API says about the same scope: the same nodes with the same
 * labels, the same edges with the same weights.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { useHttpApi } from '../support/http-api.js';
import { ensurePythonReaders, readExport } from '../support/python-readers.js';
import { databaseEnv } from '../support/test-database.js';

const api = useHttpApi();
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface ReadGraph {
  directed: boolean;
  nodes: Record<string, { label: string; type: string; weight?: number; cluster?: number }>;
  edges: { source: string; target: string; weight: number; type?: string; label?: string }[];
}

interface ApiConceptMap {
  conceptMap: {
    nodes: { weight: number; cluster: number; concept: { id: string; label: string } }[];
    edges: { weight: number; count: number; source: { id: string }; target: { id: string } }[];
  };
}

const DOCUMENT = 'bouwstenen-voor-de-regionale-arbeidsmarkt';

async function download(
  file: string,
): Promise<{ status: number; type: string | null; disposition: string | null; body: string }> {
  const response = await fetch(new URL(`/export/${file}`, api.url()));
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    body: await response.text(),
  };
}

async function apiConceptMap(normalisation: string): Promise<ApiConceptMap['conceptMap']> {
  const { data, errors } = await api.query<ApiConceptMap>(
    `query ($normalisation: CooccurrenceNormalisation!) {
       conceptMap(document: "${DOCUMENT}", normalisation: $normalisation, minCount: 1) {
         nodes { weight cluster concept { id label } }
         edges(first: 5000) { weight count source { id } target { id } } } }`,
    { normalisation },
  );
  expect(errors).toBeUndefined();
  return data!.conceptMap;
}

const pairKey = (a: string, b: string) => [a, b].sort().join(' ~ ');

beforeAll(async () => {
  await ensurePythonReaders();
}, 300_000);

describe('the concept map, as the explorer shows it', () => {
  it.each(['graphml', 'gexf'])(
    'as %s: networkx reads the concepts, labels, weights and clusters the API gives',
    async (format) => {
      const exported = await download(
        `concept-map.${format}?document=${DOCUMENT}&normalisation=ASSOCIATION_STRENGTH`,
      );
      expect(exported.status).toBe(200);
      expect(exported.type).toBe(
        `application/${format === 'graphml' ? 'graphml' : 'gexf'}+xml; charset=utf-8`,
      );
      expect(exported.disposition).toBe(`attachment; filename=kks-graph-concept-map.${format}`);
      const read = await readExport<ReadGraph>(format, exported.body);
      const map = await apiConceptMap('ASSOCIATION_STRENGTH');
      expect(read.directed).toBe(false);
      expect(Object.keys(read.nodes).sort()).toEqual(
        map.nodes.map((node) => node.concept.id).sort(),
      );
      for (const node of map.nodes) {
        expect(read.nodes[node.concept.id]).toMatchObject({
          label: node.concept.label,
          weight: node.weight,
          cluster: node.cluster,
        });
      }
      expect(read.edges).toHaveLength(map.edges.length);
      const weights = new Map(
        map.edges.map((edge) => [pairKey(edge.source.id, edge.target.id), edge.weight]),
      );
      for (const edge of read.edges) {
        expect(edge.weight).toBeCloseTo(weights.get(pairKey(edge.source, edge.target))!, 9);
      }
    },
  );

  it('as VOSviewer JSON: items with clusters and passage weights, links with strengths', async () => {
    const exported = await download(
      `concept-map.vosviewer.json?document=${DOCUMENT}&normalisation=RAW`,
    );
    expect(exported.type).toBe('application/json; charset=utf-8');
    const read = await readExport<{
      network: {
        items: {
          id: number;
          label: string;
          cluster: number;
          weights: { Passages: number; Links: number };
        }[];
        links: { source_id: number; target_id: number; strength: number }[];
      };
    }>('vosviewer.json', exported.body);
    const map = await apiConceptMap('RAW');
    const { items, links } = read.network;
    expect(items.map((item) => item.label).sort()).toEqual(
      map.nodes.map((node) => node.concept.label).sort(),
    );
    const byLabel = new Map(map.nodes.map((node) => [node.concept.label, node]));
    for (const item of items) {
      expect(item.cluster).toBe(byLabel.get(item.label)!.cluster);
      expect(item.weights.Passages).toBe(byLabel.get(item.label)!.weight);
    }
    const labelOf = new Map(items.map((item) => [item.id, item.label]));
    const idOf = new Map(map.nodes.map((node) => [node.concept.id, node.concept.label]));
    const strengths = new Map(
      map.edges.map((edge) => [
        pairKey(idOf.get(edge.source.id)!, idOf.get(edge.target.id)!),
        edge.weight,
      ]),
    );
    expect(links).toHaveLength(map.edges.length);
    for (const link of links) {
      expect(link.strength).toBe(
        strengths.get(pairKey(labelOf.get(link.source_id)!, labelOf.get(link.target_id)!)),
      );
    }
  });

  it('as CSV tables: a row per concept and per pair, with the API’s labels and weights', async () => {
    const nodes = await download(
      `concept-map.nodes.csv?document=${DOCUMENT}&normalisation=JACCARD`,
    );
    const edges = await download(
      `concept-map.edges.csv?document=${DOCUMENT}&normalisation=JACCARD`,
    );
    expect(nodes.type).toBe('text/csv; charset=utf-8');
    const nodeRows = await readExport<{ Id: string; Label: string; weight: string }[]>(
      'nodes.csv',
      nodes.body,
    );
    const edgeRows = await readExport<
      { Source: string; Target: string; Weight: string; Type: string }[]
    >('edges.csv', edges.body);
    const map = await apiConceptMap('JACCARD');
    expect(nodeRows.map((row) => [row.Id, row.Label, Number(row.weight)]).sort()).toEqual(
      map.nodes.map((node) => [node.concept.id, node.concept.label, node.weight]).sort(),
    );
    expect(edgeRows).toHaveLength(map.edges.length);
    const weights = new Map(
      map.edges.map((edge) => [pairKey(edge.source.id, edge.target.id), edge.weight]),
    );
    for (const row of edgeRows) {
      expect(row.Type).toBe('Undirected');
      expect(Number(row.Weight)).toBeCloseTo(weights.get(pairKey(row.Source, row.Target))!, 9);
    }
  });

  it('of one section, named as a person types it', async () => {
    const exported = await download('concept-map.graphml?section=Kijkrichting&minCount=2');
    const read = await readExport<ReadGraph>('graphml', exported.body);
    const { data } = await api.query<{ conceptMap: { nodes: unknown[]; edges: unknown[] } }>(
      `{ conceptMap(section: "Kijkrichting", minCount: 2) { nodes { weight } edges(first: 5000) { count } } }`,
    );
    expect(Object.keys(read.nodes)).toHaveLength(data!.conceptMap.nodes.length);
    expect(read.edges).toHaveLength(data!.conceptMap.edges.length);
  });
});

describe('the whole graph and a neighbourhood', () => {
  it('as GraphML: every node of every type and every stored link', async () => {
    const read = await readExport<ReadGraph>('graphml', (await download('graph.graphml')).body);
    const types = [
      'programmes',
      'projects',
      'organisations',
      'essays',
      'people',
      'passages',
      'concepts',
      'themes',
      'instruments',
      'regions',
      'regulations',
      'findings',
    ];
    const { data } = await api.query<
      Record<string, { totalCount: number }> & {
        essay: { sections: unknown[] };
        preface: { sections: unknown[] };
      }
    >(
      `{ ${types.map((type) => `${type} { totalCount }`).join(' ')}
         essay(slug: "${DOCUMENT}") { sections { slug } } preface(slug: "voorwoord-kks-essays") { sections { slug } } }`,
    );
    const listed = types.reduce((sum, type) => sum + data![type]!.totalCount, 0);
    // A node with facets is listed under each of its types but exported once, as its own type.
    const lexiconLists = [
      'concepts',
      'themes',
      'instruments',
      'regions',
      'regulations',
      'organisations',
    ];
    const { data: listedSlugs } = await api.query<
      Record<string, { edges: { node: { slug: string } }[] }>
    >(
      `{ ${lexiconLists.map((type) => `${type}(first: 100) { edges { node { slug } } }`).join(' ')} }`,
    );
    const slugs = Object.values(listedSlugs!).flatMap((list) =>
      list.edges.map((edge) => edge.node.slug),
    );
    const listedTwice = slugs.length - new Set(slugs).size;
    expect(listedTwice).toBe(8);
    // Sections and Table 1 have no root list; the preface is not in a list either.
    const expected =
      listed - listedTwice + data!.essay.sections.length + data!.preface.sections.length + 1 + 1;
    expect(read.directed).toBe(true);
    expect(Object.keys(read.nodes)).toHaveLength(expected);
    expect(read.nodes[toGlobalId('Concept', 'job-carving')]).toMatchObject({
      label: 'job carving',
      type: 'Concept',
    });
    const mentions = read.edges.filter((edge) => edge.type === 'MENTIONS');
    const { data: concept } = await api.query<{
      concept: {
        mentions: {
          totalCount: number;
          edges: { node: { count: number; passage: { id: string } } }[];
        };
      };
    }>(
      `{ concept(slug: "gerelateerde-varieteit") { mentions(first: 100) { totalCount edges { node { count passage { id } } } } } }`,
    );
    const intoConcept = mentions.filter(
      (edge) => edge.target === toGlobalId('Concept', 'gerelateerde-varieteit'),
    );
    expect(intoConcept.map((edge) => [edge.source, edge.weight]).sort()).toEqual(
      concept!.concept.mentions.edges.map((edge) => [edge.node.passage.id, edge.node.count]).sort(),
    );
  });

  it('as GraphML: the neighbourhood the API gives for the same node and depth', async () => {
    const id = toGlobalId('Region', 'zuid-limburg');
    const read = await readExport<ReadGraph>(
      'graphml',
      (await download(`neighbourhood.graphml?id=Region:zuid-limburg&depth=2`)).body,
    );
    const { data } = await api.query<{
      neighbourhood: {
        nodes: { id: string }[];
        edges: { type: string; from: { id: string }; to: { id: string } }[];
      };
    }>(
      `{ neighbourhood(id: "${id}", depth: 2, first: 200) { nodes { id } edges { type from { id } to { id } } } }`,
    );
    expect(Object.keys(read.nodes).sort()).toEqual(
      data!.neighbourhood.nodes.map((node) => node.id).sort(),
    );
    expect(read.edges.map((edge) => `${edge.source} ${edge.type} ${edge.target}`).sort()).toEqual(
      data!.neighbourhood.edges.map((edge) => `${edge.from.id} ${edge.type} ${edge.to.id}`).sort(),
    );
  });
});

describe('the concept scheme in SKOS', () => {
  it('is read by rdflib with the API’s concepts, labels in both languages, broader and related links', async () => {
    const exported = await download('concepts.ttl');
    expect(exported.type).toBe('text/turtle; charset=utf-8');
    const read = await readExport<{
      schemes: string[];
      concepts: Record<
        string,
        {
          prefLabel: [string, string][];
          altLabel: [string, string][];
          broader: string[];
          related: string[];
          narrower: string[];
          inScheme: string[];
        }
      >;
    }>('ttl', exported.body);
    const { data } = await api.query<{
      concepts: {
        edges: {
          node: {
            slug: string;
            nl: string;
            en: string;
            broader: { edges: { node: { slug: string } }[] };
            related: { totalCount: number };
          };
        }[];
      };
      themes: { totalCount: number };
    }>(`{ concepts(first: 100) { edges { node { slug nl: label en: label(lang: EN)
           broader { edges { node { slug } } } related { totalCount } } } }
         themes { totalCount } }`);
    expect(read.schemes).toEqual(['urn:kks-graph:scheme:concepts', 'urn:kks-graph:scheme:themes']);
    const inConcepts = Object.entries(read.concepts).filter(([, concept]) =>
      concept.inScheme.includes('urn:kks-graph:scheme:concepts'),
    );
    const inThemes = Object.values(read.concepts).filter((concept) =>
      concept.inScheme.includes('urn:kks-graph:scheme:themes'),
    );
    expect(inConcepts).toHaveLength(data!.concepts.edges.length);
    expect(inThemes).toHaveLength(data!.themes.totalCount);
    for (const { node } of data!.concepts.edges) {
      const concept = read.concepts[`urn:kks-graph:Concept:${node.slug}`]!;
      expect(concept.prefLabel).toEqual(
        [
          [node.en, 'en'],
          [node.nl, 'nl'],
        ].sort(),
      );
      expect(concept.broader).toEqual(
        node.broader.edges.map((edge) => `urn:kks-graph:Concept:${edge.node.slug}`).sort(),
      );
      expect(concept.related).toHaveLength(node.related.totalCount);
      for (const [label, lang] of concept.altLabel) {
        expect(concept.prefLabel).not.toContainEqual([label, lang]);
      }
    }
    const narrowerOfTransition =
      read.concepts['urn:kks-graph:Concept:demografische-transitie']!.narrower;
    expect(narrowerOfTransition.length).toBeGreaterThan(0);
    for (const child of narrowerOfTransition) {
      expect(read.concepts[child]!.broader).toContain(
        'urn:kks-graph:Concept:demografische-transitie',
      );
    }
  });
});

describe('requests the exports refuse', () => {
  it.each([
    ['nothing.graphml', /No export "nothing.graphml"/],
    ['concept-map.pdf', /No export "concept-map.pdf"/],
    ['concept-map.graphml?bogus=1', /parameter "bogus" is not one this export takes/],
    ['concept-map.graphml?minCount=0', /parameter "minCount" is invalid/],
    ['concept-map.graphml?normalisation=COSINE', /parameter "normalisation" is invalid/],
    ['concept-map.graphml?document=Nergens', /`document` "Nergens" names no Essay or Preface/],
    ['neighbourhood.gexf', /parameter "id" is invalid/],
    [
      'neighbourhood.gexf?id=Concept:atlantis',
      /`id` names no node: there is no Concept "atlantis"/,
    ],
    ['concepts.ttl?lang=EN', /parameter "lang" is not one this export takes/],
  ])('%s with 400 and BAD_USER_INPUT', async (file, message) => {
    const refused = await download(file);
    expect(refused.status).toBe(400);
    const body = JSON.parse(refused.body) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]!.message).toMatch(message);
  });
});

describe('npm run export', () => {
  it('writes the same file the server serves, read through the same repositories', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'kks-export-cli-'));
    const out = path.join(folder, 'map.graphml');
    try {
      const code = await new Promise<number | null>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            'dist/src/export-cli.js',
            'concept-map.graphml',
            '--section',
            'Kijkrichting',
            '--out',
            out,
          ],
          {
            cwd: ROOT,
            env: { PATH: process.env['PATH'] ?? '', ...databaseEnv() },
            stdio: 'ignore',
          },
        );
        child.once('close', resolve);
      });
      expect(code).toBe(0);
      expect(await readFile(out, 'utf8')).toBe(
        (await download('concept-map.graphml?section=Kijkrichting')).body,
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('refuses a bad request with exit code 2 and a one-line message, before connecting', async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['dist/src/export-cli.js', 'concept-map.pdf'], {
        cwd: ROOT,
        env: {
          PATH: process.env['PATH'] ?? '',
          NEO4J_URI: 'bolt://127.0.0.1:1',
          NEO4J_PASSWORD: 'x',
        },
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.once('close', (code) => resolve({ code, stderr }));
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^kks-export: No export "concept-map.pdf"/) as string,
    ]);
  });
});
