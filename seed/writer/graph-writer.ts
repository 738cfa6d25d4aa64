/**
 * The only ingestion code that talks to Neo4j. Writes a graph batch with `UNWIND $rows ... MERGE` in
 * batches of WRITE_BATCH_SIZE, nodes before relationships, in transactions of at most
 * WRITE_BATCH_SIZE rows each.
 *
 * Every node and relationship written is stamped with the run's fingerprint (`seedRun`); once all
 * batches are in, whatever an earlier run seeded and this one did not is removed, and a SeedRun
 * marker records the completed run. So rerunning converges on the same graph, a run killed midway is
 * finished by the next one (no marker, so it runs again), and data removed from the seed files
 * disappears from the graph. Nodes and relationships that no seed wrote (curation) are left alone.
 */
import { CURATED_NODE_PROPERTIES } from '../../src/domain/curation.js';
import { NODE_LABELS, SEED_RUN_LABEL, type NodeLabel } from '../../src/domain/graph-model.js';
import { KIND_LABELS, kindLabel, NODE_KINDS, storedLabels } from '../../src/domain/kind-labels.js';
import { listKeyAssignments } from '../../src/repositories/relation.repository.js';
import type { Neo4jGateway, StatementRunner } from '../../src/neo4j/gateway.js';
import type { GraphBatch, NodeRow, RelationshipGroup } from '../pipeline/graph-batch.js';

export const WRITE_BATCH_SIZE = 1000;
const SEED_RUN_SLUG = 'seed';

export interface WriteProgress {
  readonly done: number;
  readonly total: number;
  /** What the batch just written held, e.g. "Passage" or "MENTIONS (Passage -> Concept)". */
  readonly what: string;
}

export class GraphWriteError extends Error {
  override readonly name = 'GraphWriteError';
}

/** The fingerprint of the last completed seed run, or null when no run has completed. */
export async function completedSeedRun(gateway: Neo4jGateway): Promise<string | null> {
  const rows = await gateway.read(
    `MATCH (run:${SEED_RUN_LABEL} {slug: $slug}) RETURN run.fingerprint AS fingerprint`,
    { slug: SEED_RUN_SLUG },
  );
  const fingerprint = rows[0]?.['fingerprint'];
  return typeof fingerprint === 'string' ? fingerprint : null;
}

export async function writeGraph(
  gateway: Neo4jGateway,
  graph: GraphBatch,
  run: string,
  onProgress: (progress: WriteProgress) => void = () => undefined,
): Promise<void> {
  const total =
    [...graph.nodes.values()].reduce((sum, rows) => sum + rows.length, 0) +
    graph.relationships.reduce((sum, group) => sum + group.rows.length, 0);
  let done = 0;
  const advance = (count: number, what: string) => {
    done += count;
    onProgress({ done, total, what });
  };
  await gateway.write(`MATCH (run:${SEED_RUN_LABEL} {slug: $slug}) DETACH DELETE run`, {
    slug: SEED_RUN_SLUG,
  });
  const steps: WriteStep[] = [
    ...[...graph.nodes].flatMap(([label, rows]) =>
      [...chunks(rows)].map((batch) => ({
        what: label,
        rows: batch.length,
        write: async (execute: StatementRunner) => {
          await execute(mergeNodes(label), { rows: batch.map(withStoredLabels), run });
        },
      })),
    ),
    ...graph.relationships.flatMap((group) =>
      [...chunks(group.rows)].map((batch) => ({
        what: `${group.type} (${group.from} -> ${group.to})`,
        rows: batch.length,
        write: (execute: StatementRunner) => mergeRelationships(execute, group, batch, run),
      })),
    ),
  ];
  for (const transaction of packed(steps)) {
    await gateway.writeTransaction(async (execute) => {
      for (const step of transaction) await step.write(execute);
    });
    for (const step of transaction) advance(step.rows, step.what);
  }
  await gateway.write(
    'MATCH ()-[r]->() WHERE r.seedRun IS NOT NULL AND r.seedRun <> $run DELETE r',
    { run },
  );
  await gateway.write(
    'MATCH (n) WHERE n.seedRun IS NOT NULL AND n.seedRun <> $run DETACH DELETE n',
    {
      run,
    },
  );
  await labelCuratedKinds(gateway);
  await gateway.write(
    `MERGE (run:${SEED_RUN_LABEL} {slug: $slug}) SET run.fingerprint = $run, run.completedAt = datetime()`,
    { slug: SEED_RUN_SLUG, run },
  );
}

/**
 * `SET n = row.properties` makes a seeded node exactly what the seed says, except for the properties
 * curation sets on seeded nodes (e.g. a concept's curated labels): those are read before and put
 * back after, so curated knowledge survives a reseed. Its labels become exactly `row.labels`: its
 * `types` and the labels of its kind (kind-labels.ts), so a node whose kind changed loses the old.
 * Findings curated about a facet that used to be a node of its own are not moved: run `npm run seed`
 * on a fresh database after such a change to the lexicon.
 */
function mergeNodes(label: NodeLabel): string {
  const curated = CURATED_NODE_PROPERTIES.map((property) => `.${property}`).join(', ');
  const otherLabels = JSON.stringify([
    ...NODE_LABELS.filter((other) => other !== label),
    ...KIND_LABELS,
  ]);
  return `UNWIND $rows AS row
          MERGE (n:${label} {slug: row.slug})
          WITH n, row, n {${curated}} AS curated
          SET n = row.properties, n.seedRun = $run
          SET n += curated
          WITH n, row
          // An earlier seed may have stored a facet as a node of its own. Only a node with facets
          // looks: a match on a dynamic label uses no index, so it reads every node of the label.
          CALL (n, row) {
            UNWIND [type IN row.properties.types WHERE type <> '${label}'] AS type
            MATCH (separate:$(type) {slug: row.slug})
            WHERE separate <> n AND separate.seedRun IS NOT NULL
            DETACH DELETE separate
          }
          REMOVE n:$([other IN ${otherLabels} WHERE NOT other IN row.labels])
          SET n:$(row.labels)`;
}

function withStoredLabels(row: NodeRow): NodeRow & { readonly labels: readonly string[] } {
  return {
    ...row,
    labels: storedLabels(row.properties['types'] as NodeLabel[], row.properties['kind']),
  };
}

/**
 * Gives the nodes no seed wrote (curation) the label of their kind. Curation labels what it makes,
 * but a finding curated before kinds had labels has none; the seed's fingerprint covers this code,
 * so the first start after that change reseeds and labels it here.
 */
async function labelCuratedKinds(gateway: Neo4jGateway): Promise<void> {
  for (const [label, kinds] of Object.entries(NODE_KINDS) as [NodeLabel, readonly string[]][]) {
    await gateway.write(
      `MATCH (n:${label}) WHERE n.seedRun IS NULL
       WITH n, $kindLabels[n.kind] AS kindLabel WHERE kindLabel IS NOT NULL
       SET n:$(kindLabel)`,
      { kindLabels: Object.fromEntries(kinds.map((kind) => [kind, kindLabel(label, kind)])) },
    );
  }
}

/** One statement's batch of the write: the rows of one label or relationship group. */
interface WriteStep {
  readonly what: string;
  readonly rows: number;
  write(execute: StatementRunner): Promise<void>;
}

/**
 * The steps, in order, grouped into transactions of at most WRITE_BATCH_SIZE rows. A commit waits
 * for the disk, so the many small labels and groups of a graph share one rather than each paying
 * its own (the seed's 49 batches commit in 3).
 */
export function* packed<Step extends { readonly rows: number }>(
  steps: readonly Step[],
): Generator<Step[]> {
  let transaction: Step[] = [];
  let rows = 0;
  for (const step of steps) {
    if (transaction.length > 0 && rows + step.rows > WRITE_BATCH_SIZE) {
      yield transaction;
      transaction = [];
      rows = 0;
    }
    transaction.push(step);
    rows += step.rows;
  }
  if (transaction.length > 0) yield transaction;
}

async function mergeRelationships(
  execute: StatementRunner,
  group: RelationshipGroup,
  batch: RelationshipGroup['rows'],
  run: string,
): Promise<void> {
  const merged = (
    await execute(
      `UNWIND $rows AS row
       MATCH (a:${group.from} {slug: row.from})
       MATCH (b:${group.to} {slug: row.to})
       MERGE (a)-[r:${group.type}]->(b)
       SET ${['r = row.properties', 'r.seedRun = $run', ...listKeyAssignments(group.type, group.from, group.to, { relationship: 'r', from: 'a', to: 'b' })].join(', ')}
       RETURN count(r) AS merged`,
      { rows: batch, run },
    )
  )[0]?.['merged'];
  // Throwing rolls the transaction back: a relationship to a missing node must not half-apply.
  if (merged !== batch.length) {
    throw new GraphWriteError(
      `${group.type} (${group.from} -> ${group.to}): ${batch.length - Number(merged)} of ${batch.length} relationships name a node that does not exist`,
    );
  }
}

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += WRITE_BATCH_SIZE) {
    yield rows.slice(start, start + WRITE_BATCH_SIZE);
  }
}

export interface GraphCounts {
  readonly nodes: Record<string, number>;
  readonly relationships: Record<string, number>;
}

/**
 * Nodes per label of the graph's model and relationships per type, as stored: neither the SeedRun
 * marker nor the labels of kinds, which repeat what the nodes' `kind` says.
 */
export async function countGraph(gateway: Neo4jGateway): Promise<GraphCounts> {
  const nodes = await gateway.read(
    `MATCH (n) UNWIND [label IN labels(n) WHERE label IN $labels] AS label
     RETURN label, count(*) AS count ORDER BY label`,
    { labels: NODE_LABELS },
  );
  const relationships = await gateway.read(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type',
  );
  return {
    nodes: Object.fromEntries(nodes.map((row) => [row['label'] as string, row['count'] as number])),
    relationships: Object.fromEntries(
      relationships.map((row) => [row['type'] as string, row['count'] as number]),
    ),
  };
}
