/**
 * Constraints and indexes of the graph. Applied at every start before anything reads or writes;
 * each statement is idempotent (`IF NOT EXISTS`).
 */
import { NODE_LABELS, SEED_RUN_LABEL } from '../domain/graph-model.js';
import type { Neo4jGateway } from '../neo4j/gateway.js';

export const GRAPH_SCHEMA_STATEMENTS: readonly string[] = [...NODE_LABELS, SEED_RUN_LABEL].map(
  (label) =>
    `CREATE CONSTRAINT ${label.toLowerCase()}_slug IF NOT EXISTS FOR (n:${label}) REQUIRE n.slug IS UNIQUE`,
);

export async function applyGraphSchema(gateway: Neo4jGateway): Promise<void> {
  for (const statement of GRAPH_SCHEMA_STATEMENTS) await gateway.administer(statement);
  await gateway.administer('CALL db.awaitIndexes(60)');
}
