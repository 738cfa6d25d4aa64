/**
 * What the planner makes of a repository's statement: a gateway that keeps the last statement it
 * read, and the operators of that statement's plan (EXPLAIN: planned, not run).
 */
import type { Driver } from 'neo4j-driver';
import { Neo4jGateway, type QueryParameters } from '../../src/neo4j/gateway.js';
import { toNeo4jParameters, type Row } from '../../src/neo4j/values.js';

/** Keeps the last statement it read, with its parameters, for the planner to be asked about. */
export class LastRead extends Neo4jGateway {
  statement: { query: string; parameters: QueryParameters } | null = null;

  override read(query: string, parameters: QueryParameters = {}): Promise<Row[]> {
    this.statement = { query, parameters };
    return super.read(query, parameters);
  }
}

interface PlanStep {
  readonly operatorType: string;
  readonly children: readonly PlanStep[];
}

/** The operators of the plan of the statement `gateway` read last (without the `@neo4j`). */
export async function lastPlan(
  driver: Driver,
  gateway: LastRead,
): Promise<{ operators: string[]; leaves: string[] }> {
  if (gateway.statement === null) throw new Error('The gateway has read no statement yet');
  const { query, parameters } = gateway.statement;
  const { summary } = await driver.executeQuery(`EXPLAIN ${query}`, toNeo4jParameters(parameters), {
    database: 'neo4j',
  });
  const steps = (step: PlanStep): PlanStep[] => [step, ...step.children.flatMap(steps)];
  const all = steps(summary.plan as unknown as PlanStep);
  const name = (step: PlanStep) => step.operatorType.split('@')[0]!;
  return {
    operators: all.map(name),
    leaves: all.filter((step) => step.children.length === 0).map(name),
  };
}
