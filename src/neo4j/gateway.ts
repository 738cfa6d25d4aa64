/**
 * The single gateway to Neo4j: every Cypher statement of the application runs through `read` or
 * `write`. It opens a session per unit of work (closed in `finally`), runs it in an explicit read or
 * write transaction (reads can go to cluster secondaries), converts values to plain JS, and maps
 * driver errors to domain errors exactly once.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { mapNeo4jError } from './errors.js';
import { toNeo4jParameters, toPlain, type Row } from './values.js';

export type AccessMode = 'READ' | 'WRITE';
export type QueryParameters = Record<string, unknown>;

/** Told about every statement sent to Neo4j: how round trips are counted and timed. */
export type QueryObserver = (event: { mode: AccessMode; query: string; ms: number }) => void;

/** Runs statements inside one transaction; used by `writeTransaction`. */
export type StatementRunner = (query: string, parameters?: QueryParameters) => Promise<Row[]>;

export class Neo4jGateway {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly observers: readonly QueryObserver[] = [],
  ) {}

  /** A gateway on the same driver that also reports to `observer` (e.g. one per request). */
  withObserver(observer: QueryObserver): Neo4jGateway {
    return new Neo4jGateway(this.driver, this.database, [...this.observers, observer]);
  }

  /**
   * Closes the driver this gateway and every gateway derived from it with `withObserver` share.
   * Call it once, when the process is done with the database.
   */
  close(): Promise<void> {
    return this.driver.close();
  }

  /** One statement in a read transaction (retried by the driver on transient failures). */
  read(query: string, parameters: QueryParameters = {}): Promise<Row[]> {
    return this.transaction('READ', (run) => run(query, parameters));
  }

  /** One statement in a write transaction. */
  write(query: string, parameters: QueryParameters = {}): Promise<Row[]> {
    return this.transaction('WRITE', (run) => run(query, parameters));
  }

  /**
   * Several statements in one write transaction: all of them take effect or none does. `work`
   * may be retried on transient failures, so it must not have side effects outside the database.
   */
  writeTransaction<T>(work: (run: StatementRunner) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  /** Runs an administrative statement (schema changes) outside an explicit transaction. */
  async administer(query: string): Promise<void> {
    const session = this.driver.session({ database: this.database });
    const started = performance.now();
    try {
      await session.run(query);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      this.notify('WRITE', query, started);
      await session.close();
    }
  }

  private async transaction<T>(
    mode: AccessMode,
    work: (run: StatementRunner) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? 'READ' : 'WRITE',
    });
    try {
      const unitOfWork = (tx: ManagedTransaction) => work(this.runner(mode, tx));
      return mode === 'READ'
        ? await session.executeRead(unitOfWork)
        : await session.executeWrite(unitOfWork);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  private runner(mode: AccessMode, tx: ManagedTransaction): StatementRunner {
    return async (query, parameters = {}) => {
      const started = performance.now();
      try {
        const result = await tx.run(query, toNeo4jParameters(parameters));
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      } finally {
        this.notify(mode, query, started);
      }
    };
  }

  private notify(mode: AccessMode, query: string, started: number): void {
    const ms = performance.now() - started;
    for (const observer of this.observers) observer({ mode, query, ms });
  }
}
