/**
 * The only ingestion code that talks to Neo4j. Writes a graph batch with `UNWIND $rows ... MERGE` in
 * batches, nodes before relationships, each batch in its own transaction. MERGE on the slug (nodes)
 * and on the endpoints (relationships) plus `SET +=` makes every write idempotent: rerunning a seed,
 * or finishing one that was killed midway, converges on the same graph.
 */
import {
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelationshipType,
} from '../../src/domain/graph-model.js';
import type { Neo4jGateway } from '../../src/neo4j/gateway.js';
import type { GraphBatch } from '../pipeline/graph-batch.js';

export const WRITE_BATCH_SIZE = 1000;

export interface WriteProgress {
  readonly done: number;
  readonly total: number;
}

export async function writeGraph(
  gateway: Neo4jGateway,
  graph: GraphBatch,
  onProgress: (progress: WriteProgress) => void = () => undefined,
): Promise<void> {
  const total =
    [...graph.nodes.values()].reduce((sum, rows) => sum + rows.length, 0) +
    [...graph.relationships.values()].reduce((sum, rows) => sum + rows.length, 0);
  let done = 0;
  const advance = (count: number) => {
    done += count;
    onProgress({ done, total });
  };
  for (const [label, rows] of graph.nodes) {
    for (const batch of chunks(rows)) {
      await gateway.write(mergeNodes(label), { rows: batch });
      advance(batch.length);
    }
  }
  for (const [type, rows] of graph.relationships) {
    for (const batch of chunks(rows)) {
      await gateway.writeTransaction(async (run) => {
        const merged = (await run(mergeRelationships(type), { rows: batch }))[0]?.['merged'];
        // Throwing rolls the batch back: a relationship to a missing node must not half-apply.
        if (merged !== batch.length) {
          throw new Error(
            `${type}: ${batch.length - Number(merged)} of ${batch.length} relationships name a node that does not exist`,
          );
        }
      });
      advance(batch.length);
    }
  }
}

function mergeNodes(label: NodeLabel): string {
  return `UNWIND $rows AS row
          MERGE (n:${label} {slug: row.slug})
          SET n += row.properties`;
}

function mergeRelationships(type: RelationshipType): string {
  const { from, to } = RELATIONSHIP_TYPES[type];
  return `UNWIND $rows AS row
          MATCH (a:${from} {slug: row.from})
          MATCH (b:${to} {slug: row.to})
          MERGE (a)-[r:${type}]->(b)
          SET r += row.properties
          RETURN count(r) AS merged`;
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

/** Nodes per label and relationships per type, as stored. */
export async function countGraph(gateway: Neo4jGateway): Promise<GraphCounts> {
  const nodes = await gateway.read(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label',
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
