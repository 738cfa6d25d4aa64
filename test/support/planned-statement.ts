/**
 * What the planner makes of a repository's statement: a gateway that keeps the last statement it
 * read, and the operators of that statement's plan (EXPLAIN: planned, not run); or of any statement
 * run with its profile (PROFILE), with the rows each operator produced.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { Neo4jGateway, type QueryParameters } from '../../src/neo4j/gateway.js';
import { toNeo4jParameters, type Row } from '../../src/neo4j/values.js';
import { connectTestDatabase, type TestConnection } from './test-database.js';

/** Keeps the last statement it read, with its parameters, for the planner to be asked about. */
export class LastRead extends Neo4jGateway {
  statement: { query: string; parameters: QueryParameters } | null = null;

  override read(query: string, parameters: QueryParameters = {}): Promise<Row[]> {
    this.statement = { query, parameters };
    return super.read(query, parameters);
  }
}

export interface LastReadDatabase {
  readonly connection: TestConnection;
  /** Reads through the test database's driver and keeps its last statement. */
  readonly gateway: LastRead;
}

/** The test database and a LastRead gateway over it, for a file's tests (opened and closed around them). */
export function useLastRead(): LastReadDatabase {
  let opened: LastReadDatabase | undefined;
  beforeAll(async () => {
    const connection = await connectTestDatabase();
    opened = { connection, gateway: new LastRead(connection.driver, 'neo4j') };
  });
  afterAll(async () => {
    await opened?.connection.driver.close();
  });
  const started = () => {
    if (opened === undefined)
      throw new Error('useLastRead: the database opens in beforeAll; use it in a test');
    return opened;
  };
  return {
    get connection() {
      return started().connection;
    },
    get gateway() {
      return started().gateway;
    },
  };
}

interface PlanStep {
  readonly operatorType: string;
  readonly rows?: number;
  readonly dbHits?: number;
  readonly arguments?: { readonly Details?: string };
  readonly children: readonly PlanStep[];
}

/** Every step of a plan, the root first. */
const stepsOf = (step: PlanStep): PlanStep[] => [step, ...step.children.flatMap(stepsOf)];

/** An operator's name, without the `@neo4j` of its runtime. */
const operatorOf = (step: PlanStep) => step.operatorType.split('@')[0]!;

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
  const all = stepsOf(summary.plan as unknown as PlanStep);
  return {
    operators: all.map(operatorOf),
    leaves: all.filter((step) => step.children.length === 0).map(operatorOf),
  };
}

/**
 * Every operator of the statement's profile (it is run), with the rows it produced, its reads of
 * the store (db hits) and what it does (`details`: e.g. the expressions a projection works out).
 */
export async function profiled(
  driver: Driver,
  query: string,
  parameters: QueryParameters,
): Promise<{ operator: string; rows: number; dbHits: number; details: string }[]> {
  const { summary } = await driver.executeQuery(`PROFILE ${query}`, toNeo4jParameters(parameters), {
    database: 'neo4j',
  });
  return stepsOf(summary.profile as unknown as PlanStep).map((step) => ({
    operator: operatorOf(step),
    rows: step.rows ?? 0,
    dbHits: step.dbHits ?? 0,
    details: step.arguments?.Details ?? '',
  }));
}
