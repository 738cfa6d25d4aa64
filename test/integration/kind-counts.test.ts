/**
 * A count of one kind (`findings(kind: CLAIM) { totalCount }`) is read from Neo4j's count store,
 * so it costs the same however many nodes the kind has; and it stays right because each node
 * carries exactly the label of its kind: after the seed, after a reseed that changes a node's
 * kind, for a finding curated before kinds had labels, and for one curated now.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareSeed, seedGraph } from '../../seed/seed-graph.js';
import { writeGraph } from '../../seed/writer/graph-writer.js';
import type { GraphBatch } from '../../seed/pipeline/graph-batch.js';
import type { NodeLabel } from '../../src/domain/graph-model.js';
import { kindLabel, NODE_KINDS } from '../../src/domain/kind-labels.js';
import { CurationRepository } from '../../src/repositories/curation.repository.js';
import { NodeRepository } from '../../src/repositories/node.repository.js';
import { lastPlan, useLastRead } from '../support/planned-statement.js';

type KindedLabel = keyof typeof NODE_KINDS;

const KINDS = Object.entries(NODE_KINDS).flatMap(([label, kinds]) =>
  kinds.map((kind) => ({ label: label as KindedLabel, kind })),
);

const database = useLastRead();
let nodes: NodeRepository;

beforeAll(() => {
  nodes = new NodeRepository(database.gateway);
});

function countOfKind(label: KindedLabel, kind: string): Promise<number> {
  return nodes.count<KindedLabel>(label, { kind });
}

async function countByProperty(label: NodeLabel, kind: string): Promise<number> {
  const [row] = await database.connection.gateway.read(
    `MATCH (n:${label}) WHERE n.kind = $kind RETURN count(n) AS nodes`,
    { kind },
  );
  return row!['nodes'] as number;
}

/** Each kind's label whose nodes are not exactly the nodes of its label and kind, and how not. */
async function inexactKindLabels(): Promise<object[]> {
  const checked = await Promise.all(
    KINDS.map(async ({ label, kind }) => {
      const ofKind = kindLabel(label, kind)!;
      const [row] = await database.connection.gateway.read(
        `RETURN COUNT { MATCH (n:${label}) WHERE n.kind = $kind AND NOT n:${ofKind} } AS unlabelled,
                COUNT { MATCH (n:${ofKind}) WHERE NOT (n:${label} AND n.kind = $kind) } AS mislabelled`,
        { kind },
      );
      return { label: ofKind, unlabelled: row!['unlabelled'], mislabelled: row!['mislabelled'] };
    }),
  );
  return checked.filter((row) => row.unlabelled !== 0 || row.mislabelled !== 0);
}

describe('a count of one kind', () => {
  it.each(KINDS)(
    'of $label $kind is read from the count store, and equals the count by property',
    async ({ label, kind }) => {
      const counted = await countOfKind(label, kind);
      expect((await lastPlan(database.connection.driver, database.gateway)).leaves).toEqual([
        'NodeCountFromCountStore',
      ]);
      expect(counted).toBe(await countByProperty(label, kind));
    },
  );

  it('of each kind in turn adds up to every node of its label', async () => {
    for (const [label, kinds] of Object.entries(NODE_KINDS) as [KindedLabel, readonly string[]][]) {
      const counts = await Promise.all(kinds.map((kind) => countOfKind(label, kind)));
      const [row] = await database.connection.gateway.read(
        `MATCH (n:${label}) RETURN count(n) AS nodes`,
      );
      expect(row!['nodes'], label).toBeGreaterThan(0);
      expect(
        counts.reduce((sum, count) => sum + count, 0),
        label,
      ).toBe(row!['nodes']);
    }
  });

  it('with another filter besides is counted by property', async () => {
    const concept = 'weerbaarheid';
    const counted = await nodes.count('Finding', { kind: 'CLAIM', concept });
    expect((await lastPlan(database.connection.driver, database.gateway)).operators).not.toContain(
      'NodeCountFromCountStore',
    );
    const [row] = await database.connection.gateway.read(
      `MATCH (n:Finding {kind: 'CLAIM'})-[:ABOUT]->(:Concept {slug: $concept}) RETURN count(n) AS nodes`,
      { concept },
    );
    expect(counted).toBe(row!['nodes']);
  });
});

describe('the labels of kinds', () => {
  afterAll(async () => {
    await database.connection.gateway.write(
      `MATCH (f:Finding) WHERE f.slug STARTS WITH 'test-kind-' DETACH DELETE f`,
    );
    await seedGraph(database.connection.gateway, { ifStale: true });
  });

  it('are exact in the seeded graph', async () => {
    expect(await inexactKindLabels()).toEqual([]);
  });

  it('follow a node whose kind changes in a reseed: it is counted under its new kind only', async () => {
    const changes = [
      { label: 'Finding', from: 'CLAIM', to: 'RECOMMENDATION' },
      { label: 'Project', from: 'BRIDGE', to: 'RESEARCH' },
      { label: 'Region', from: 'municipality', to: 'place' },
    ] as const;
    const seed = await prepareSeed();
    const graph: GraphBatch = {
      ...seed.graph,
      nodes: new Map(
        [...seed.graph.nodes].map(([label, rows]) => {
          const change = changes.find((candidate) => candidate.label === label);
          if (change === undefined) return [label, rows];
          const changed = rows.findIndex((row) => row.properties['kind'] === change.from);
          return [
            label,
            rows.map((row, index) =>
              index === changed
                ? { ...row, properties: { ...row.properties, kind: change.to } }
                : row,
            ),
          ];
        }),
      ),
    };
    const counts = () =>
      Promise.all(
        changes.map(async ({ label, from, to }) => [
          await countOfKind(label, from),
          await countOfKind(label, to),
        ]),
      );
    const before = await counts();

    await writeGraph(database.connection.gateway, graph, 'test-kind-change');

    expect(await counts()).toEqual(before.map(([from, to]) => [from! - 1, to! + 1]));
    expect(await inexactKindLabels()).toEqual([]);
  });

  it('are given by a reseed to a finding curated before kinds had labels', async () => {
    const before = await countOfKind('Finding', 'DEFINITION');
    await database.connection.gateway.write(
      `CREATE (:Finding {slug: 'test-kind-curated-before', kind: 'DEFINITION', statementNl: 'Oud.',
                         statementEn: 'Old.', createdBy: 'alice', createdAt: datetime()})`,
    );

    await seedGraph(database.connection.gateway);

    expect(await countOfKind('Finding', 'DEFINITION')).toBe(before + 1);
    expect(await inexactKindLabels()).toEqual([]);
  });

  it('are given to a finding curated now', async () => {
    const [passage] = await database.connection.gateway.read(
      `MATCH (p:Passage) RETURN p.slug AS slug, p.text AS text ORDER BY p.slug LIMIT 1`,
    );
    const before = await countOfKind('Finding', 'RECOMMENDATION');

    await new CurationRepository(database.connection.gateway).addFinding('alice', {
      slug: 'test-kind-curated-now',
      kind: 'RECOMMENDATION',
      statementNl: 'Nieuw.',
      statementEn: 'New.',
      passage: passage!['slug'] as string,
      quote: (passage!['text'] as string).slice(0, 30),
      page: null,
      about: [],
    });

    expect(await countOfKind('Finding', 'RECOMMENDATION')).toBe(before + 1);
    expect(await inexactKindLabels()).toEqual([]);
  });
});
