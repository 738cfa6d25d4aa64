/**
 * Ingestion against the real database: the graph equals the batch the pipeline builds, seeding is
 * idempotent, a seed killed midway is finished by the next run, a second essay in the same raw form
 * needs no code change, and bad input writes nothing.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphBatchBuilder } from '../../seed/pipeline/graph-batch.js';
import { prepareSeed, SEED_DIR, seedGraph } from '../../seed/seed-graph.js';
import {
  completedSeedRun,
  countGraph,
  GraphWriteError,
  writeGraph,
} from '../../seed/writer/graph-writer.js';
import { SORTABLE_PROPERTIES } from '../../src/repositories/node.repository.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import {
  bridgeQuery,
  expectSides,
  findingsByDocumentAndSubject,
  type BridgeAnswer,
} from '../support/bridge-query.js';
import { startHttpApi } from '../support/http-api.js';
import { startSeedProcess } from '../support/seed-process.js';
import { connectTestDatabase, type TestConnection } from '../support/test-database.js';

const FIXTURE_CORPUS = fileURLToPath(new URL('../fixtures/second-essay/', import.meta.url));
/**
 * Labels the seed graph has no node of: the seed essay's text dump keeps only its notes' numbers
 * (footnotes.test.ts reads the notes of the fixture essay, whose metadata gives their texts).
 */
const ABSENT_FROM_SEED = new Set(['Footnote']);
const FINDINGS_FILE = path.join(SEED_DIR, 'data', 'findings.yaml');

let connection: TestConnection;

beforeAll(async () => {
  connection = await connectTestDatabase();
});

afterAll(async () => {
  await seedGraph(connection.gateway, { ifStale: true });
  await connection.driver.close();
});

function batchCounts(graph: Awaited<ReturnType<typeof prepareSeed>>['graph']) {
  const relationships: Record<string, number> = {};
  for (const group of graph.relationships)
    relationships[group.type] = (relationships[group.type] ?? 0) + group.rows.length;
  // A node counts under each of its labels.
  const nodes: Record<string, number> = {};
  for (const rows of graph.nodes.values()) {
    for (const row of rows) {
      for (const counted of row.properties['types'] as string[]) {
        nodes[counted] = (nodes[counted] ?? 0) + 1;
      }
    }
  }
  return { nodes, relationships };
}

describe('the seeded graph', () => {
  it('holds exactly the nodes and relationships the pipeline builds', async () => {
    const seed = await prepareSeed();
    expect(await countGraph(connection.gateway)).toEqual(batchCounts(seed.graph));
    expect(await completedSeedRun(connection.gateway)).toBe(seed.run);
  });

  it('gives every node the sort properties its lists read in index order', async () => {
    // A list reads its sort property from its index and would leave out a node without it.
    const checked = Object.entries(SORTABLE_PROPERTIES).flatMap(([label, properties]) =>
      properties.map((property) => ({ label, property })),
    );
    for (const { label, property } of checked) {
      const [row] = await connection.gateway.read(
        `MATCH (n:${label}) RETURN count(n) AS nodes, count(n.${property}) AS valued`,
      );
      expect(row!['valued'], `${label} nodes with ${property}`).toBe(row!['nodes']);
      if (!ABSENT_FROM_SEED.has(label)) expect(row!['nodes'], label).toBeGreaterThan(0);
    }
  });

  it('is unchanged by seeding again, and a current seed is not rewritten', async () => {
    const before = await countGraph(connection.gateway);
    expect(await seedGraph(connection.gateway)).toMatchObject({ written: true });
    expect(await seedGraph(connection.gateway, { ifStale: true })).toMatchObject({
      written: false,
    });
    expect(await countGraph(connection.gateway)).toEqual(before);
  });

  it('loses a facet an earlier seed stored as a node of its own, and keeps the one node', async () => {
    const before = await countGraph(connection.gateway);
    // As a seed before themes were facets of their concepts left them.
    await connection.gateway.write(`MATCH (n:Concept {slug: 'weerbaarheid'}) REMOVE n:Theme`);
    await connection.gateway.write(
      `CREATE (:Theme {slug: 'weerbaarheid', labelNl: 'weerbaarheid', seedRun: 'an-earlier-run'})`,
    );
    expect(await seedGraph(connection.gateway)).toMatchObject({ written: true });
    expect(await countGraph(connection.gateway)).toEqual(before);
    const [row] = await connection.gateway.read(
      `MATCH (n {slug: 'weerbaarheid'}) RETURN count(n) AS nodes, collect(labels(n)) AS labels`,
    );
    expect(row).toEqual({ nodes: 1, labels: [expect.arrayContaining(['Concept', 'Theme'])] });
  });
});

describe('a seed killed midway', () => {
  it('leaves no completion marker, and the next run converges on the clean counts', async () => {
    const clean = await countGraph(connection.gateway);
    await connection.gateway.write('MATCH (n) DETACH DELETE n');

    const seeding = startSeedProcess();
    await new Promise<void>((resolve, reject) => {
      seeding.child.stdout.on('data', () => {
        if (/\[seed\] \d+\/\d+ rows written/.test(seeding.stdout())) {
          seeding.child.kill('SIGSTOP');
          resolve();
        }
      });
      void seeding.exited.then((code) =>
        reject(new Error(`seed exited (${code}) before it was stopped`)),
      );
    });
    const midway = await countGraph(connection.gateway);
    expect(await completedSeedRun(connection.gateway)).toBeNull();
    expect(midway).not.toEqual(clean);
    seeding.child.kill('SIGKILL');
    await seeding.exited;

    expect(await seedGraph(connection.gateway, { ifStale: true })).toMatchObject({ written: true });
    expect(await countGraph(connection.gateway)).toEqual(clean);
  });
});

describe('a second essay in the same raw form', () => {
  afterAll(async () => {
    await seedGraph(connection.gateway);
  });

  it('is ingested with no code change, and its passages link to the shared lexicon', async () => {
    await seedGraph(connection.gateway, { extraCorpusDirs: [FIXTURE_CORPUS] });
    const passages = await connection.gateway.read(
      `MATCH (:Essay {slug: 'proefessay-regionale-veerkracht'})-[:HAS_SECTION]->(s)-[:HAS_PASSAGE]->(p)
       RETURN s.title AS section, p.text AS text, p.page AS page, p.pageEnd AS pageEnd, p.footnotes AS footnotes
       ORDER BY p.ordinal`,
    );
    expect(
      passages.map((row) => [row['section'], row['page'], row['pageEnd'], row['footnotes']]),
    ).toEqual([
      ['Inleiding', 1, 1, [1, 2]],
      ['Inleiding', 1, 2, [3]],
      ['Inleiding', 2, 2, [4]],
      ['Slot', 3, 3, [5]],
    ]);
    const text = passages.map((row) => row['text'] as string).join(' ');
    for (const repaired of [
      'koppelteken',
      'woorden en pagina',
      'werkzoekenden, met',
      'zodat meer mensen',
      'hbo-studenten.',
      'samenkomen',
    ]) {
      expect(text).toContain(repaired);
    }

    const bridging = await connection.gateway.read(
      `MATCH (c:Concept)<-[m:MENTIONS]-(p:Passage)
       WITH c, collect(DISTINCT p.document) AS documents, collect(m.surfaces) AS surfaces
       WHERE 'proefessay-regionale-veerkracht' IN documents AND 'bouwstenen-voor-de-regionale-arbeidsmarkt' IN documents
       RETURN c.slug AS concept, surfaces ORDER BY concept`,
    );
    const concepts = bridging.map((row) => row['concept']);
    expect(concepts).toEqual(
      expect.arrayContaining([
        'gerelateerde-varieteit',
        'weerbaarheid',
        'job-carving',
        'slimme-specialisatie',
      ]),
    );
    const variety = bridging.find((row) => row['concept'] === 'gerelateerde-varieteit');
    expect((variety?.['surfaces'] as string[][]).flat()).toEqual(
      expect.arrayContaining(['gerelateerde varieteit', 'gerelateerde variëteit']),
    );
  });

  it('bridges to the seed essay: shared concepts and regions with passages and pages on both sides, findings where reviewed', async () => {
    const documents = {
      a: 'proefessay-regionale-veerkracht',
      b: 'bouwstenen-voor-de-regionale-arbeidsmarkt',
    };
    const sides = { a: toGlobalId('Essay', documents.a), b: toGlobalId('Essay', documents.b) };
    const curated = findingsByDocumentAndSubject(
      readFileSync(FINDINGS_FILE, 'utf8'),
      FINDINGS_FILE,
    );
    const api = await startHttpApi(connection.gateway);
    try {
      const ask = async (shared: 'sharedConcepts' | 'sharedRegions') => {
        const { data, errors } = await api.query<BridgeAnswer>(bridgeQuery(shared, 10), sides);
        expect(errors).toBeUndefined();
        return data!.bridge.shared;
      };
      const concepts = await ask('sharedConcepts');
      expect(concepts.map((item) => item.subject.slug)).toEqual(
        expect.arrayContaining(['gerelateerde-varieteit', 'weerbaarheid', 'job-carving']),
      );
      const regions = await ask('sharedRegions');
      expect(regions.length).toBeGreaterThan(0);
      // The fixture has no reviewed findings (curated() says none for it); the seed essay has.
      expectSides([...concepts, ...regions], documents, curated);
      const variety = concepts.find((item) => item.subject.slug === 'gerelateerde-varieteit')!;
      expect(variety.passagesA.map((passage) => passage.page)).toEqual([1]);
      expect([...concepts, ...regions].some((item) => item.findingsB.length > 0)).toBe(true);
    } finally {
      await api.server.stop();
    }
  });

  it('disappears from the graph when a later seed no longer includes it', async () => {
    await seedGraph(connection.gateway);
    const left = await connection.gateway.read(
      `MATCH (n) WHERE n.slug STARTS WITH 'proefessay' OR n.document = 'proefessay-regionale-veerkracht' RETURN count(n) AS left`,
    );
    expect(left[0]?.['left']).toBe(0);
  });
});

describe('bad input', () => {
  let seedDir: string;

  beforeAll(async () => {
    seedDir = await mkdtemp(path.join(tmpdir(), 'kks-seed-'));
    await cp(SEED_DIR, seedDir, { recursive: true });
  });

  afterAll(async () => {
    await rm(seedDir, { recursive: true, force: true });
  });

  it('from the CLI: a missing essay text is a one-line error, exit code 1, and nothing written', async () => {
    const before = await countGraph(connection.gateway);
    await rm(path.join(seedDir, 'corpus', 'bouwstenen-voor-de-regionale-arbeidsmarkt.txt'));
    const seeding = startSeedProcess(['--seed-dir', seedDir]);
    expect(await seeding.exited).toBe(1);
    expect(seeding.stderr()).toMatch(
      /^kks: cannot read .*bouwstenen-voor-de-regionale-arbeidsmarkt\.txt: ENOENT\n$/,
    );
    expect(seeding.stdout()).toBe('');
    expect(await countGraph(connection.gateway)).toEqual(before);
  });

  it('from the CLI: a corpus folder without essay metadata is refused', async () => {
    const corpus = await mkdtemp(path.join(tmpdir(), 'kks-corpus-'));
    await writeFile(path.join(corpus, 'essay.txt'), ' Inleiding\n\nTekst.\n');
    const seeding = startSeedProcess(['--corpus', corpus]);
    expect(await seeding.exited).toBe(1);
    expect(seeding.stderr()).toBe(`kks: ${corpus} holds no *.meta.yaml essay metadata\n`);
    await rm(corpus, { recursive: true, force: true });
  });

  it('in the writer: a relationship to a missing node rolls its batch back', async () => {
    const authored = (await countGraph(connection.gateway)).relationships['AUTHORED'];
    const graph = new GraphBatchBuilder()
      .addRelationship(
        'AUTHORED',
        { label: 'Person', slug: 'ruud-dorenbos' },
        { label: 'Essay', slug: 'no-such-essay' },
      )
      .addRelationship(
        'AUTHORED',
        { label: 'Person', slug: 'ruud-dorenbos' },
        { label: 'Essay', slug: 'thuis-in-de-openbare-ruimte' },
      )
      .build();
    await expect(writeGraph(connection.gateway, graph, 'test-run')).rejects.toThrow(
      GraphWriteError,
    );
    expect((await countGraph(connection.gateway)).relationships['AUTHORED']).toBe(authored);
    expect(await seedGraph(connection.gateway, { ifStale: true })).toMatchObject({ written: true });
  });
});
