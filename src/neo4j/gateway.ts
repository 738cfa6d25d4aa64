/**
 * The single gateway to Neo4j: every Cypher statement of the application runs through `read` or
 * `write`. It opens a session per unit of work (closed in `finally`), runs a read as one auto-commit
 * statement and writes in explicit write transactions (reads can go to cluster secondaries),
 * converts values to plain JS, and maps driver errors to domain errors exactly once.
 *
 * No unit of work outlives its time limit: a read's is the transaction timeout, and within a request
 * (`withDeadline`) any unit's is what is left of the request's deadline. Neo4j is told the limit as
 * the transaction's timeout, and when it passes the session is closed and the caller gets a TIMEOUT
 * at once, even from a database that has stopped answering.
 */
import { setMaxListeners } from 'node:events';
import { isRetryableError, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { OperationTimeoutError } from '../domain/errors.js';
import { mapNeo4jError, TIMED_OUT_MESSAGE } from './errors.js';
import { toNeo4jParameters, toPlain, type Row } from './values.js';

export type AccessMode = 'READ' | 'WRITE';

/** A read that fails transiently (a lost connection, a busy cluster member) is tried this often. */
const READ_ATTEMPTS = 3;
/** Paused before the next try of a read: this, times the number of tries so far. */
const RETRY_PAUSE_MS = 50;
export type QueryParameters = Record<string, unknown>;

/** Told about every statement sent to Neo4j: how round trips are counted and timed. */
export type QueryObserver = (event: {
  mode: AccessMode;
  query: string;
  parameters: QueryParameters;
  ms: number;
}) => void;

/** Runs statements inside one transaction; used by `writeTransaction`. */
export type StatementRunner = (query: string, parameters?: QueryParameters) => Promise<Row[]>;

/** When a request must be answered by: its units of work stop when `signal` aborts. */
export interface Deadline {
  /** Epoch milliseconds. */
  readonly at: number;
  /** Aborts at `at`, and only then. */
  readonly signal: AbortSignal;
}

/** A deadline that the work it bounds lifts once done, so that nothing is left to fire at `at`. */
export interface LiftableDeadline extends Deadline {
  readonly lift: () => void;
}

export function deadlineAfter(ms: number): LiftableDeadline {
  // Not AbortSignal.timeout, whose timer cannot be cleared: every request's signal would live on
  // until its deadline and then abort, making an error nobody reads (0.7% of the busy time of a
  // small read).
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms).unref();
  // Each statement of the request listens to it while it runs, and the cost model, not Node's
  // leak warning at 10 listeners, bounds how many run at once.
  setMaxListeners(0, controller.signal);
  return { at: Date.now() + ms, signal: controller.signal, lift: () => clearTimeout(timer) };
}

/**
 * Starts a statement (`start` makes the driver's Result) without the caller's stack. The driver
 * writes out the stack of every statement it is given, to append to a failure's: 4 to 5% of the
 * server's busy time on a small read (V8 profiles of `npm run bench:profile`). A failure reaches
 * callers as one of our errors (`mapNeo4jError`), which has a stack of its own.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export interface GatewayOptions {
  /** The longest a read transaction may run, in milliseconds; none when absent. */
  readonly readTimeoutMs?: number;
  readonly observers?: readonly QueryObserver[];
  readonly deadline?: Deadline;
}

/** What the gateways on one driver share. */
interface DriverUsage {
  /** Sessions open right now: each holds a connection of the driver's pool. */
  sessions: number;
}

export class Neo4jGateway {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly options: GatewayOptions = {},
    private readonly usage: DriverUsage = { sessions: 0 },
  ) {}

  /** A gateway on the same driver that also reports to `observer` (e.g. one per request). */
  withObserver(observer: QueryObserver): Neo4jGateway {
    const observers = [...(this.options.observers ?? []), observer];
    return new Neo4jGateway(this.driver, this.database, { ...this.options, observers }, this.usage);
  }

  /**
   * A gateway on the same driver that reports to no one: for the server's own housekeeping, such as
   * readiness probes, which must not count among the statements requests send.
   */
  withoutObservers(): Neo4jGateway {
    return new Neo4jGateway(
      this.driver,
      this.database,
      { ...this.options, observers: [] },
      this.usage,
    );
  }

  /** A gateway on the same driver whose units of work all end by `deadline` (one per request). */
  withDeadline(deadline: Deadline): Neo4jGateway {
    return new Neo4jGateway(this.driver, this.database, { ...this.options, deadline }, this.usage);
  }

  /** Connections of the pool held by units of work of this gateway's driver right now. */
  get connectionsInUse(): number {
    return this.usage.sessions;
  }

  /**
   * Closes the driver this gateway and every gateway derived from it with `withObserver` share.
   * Call it once, when the process is done with the database.
   */
  close(): Promise<void> {
    return this.driver.close();
  }

  /**
   * One statement in an auto-commit read transaction, tried again on a transient failure while
   * its time limit allows. A single statement needs no explicit transaction: without BEGIN and
   * COMMIT it costs one round trip to the database, not three.
   */
  async read(query: string, parameters: QueryParameters = {}): Promise<Row[]> {
    const limit = this.timeLimit('READ');
    for (let attempt = 1; ; attempt++) {
      if (limit?.signal.aborted) throw new OperationTimeoutError(TIMED_OUT_MESSAGE);
      try {
        return await this.autoCommitRead(query, parameters, limit);
      } catch (error) {
        if (attempt >= READ_ATTEMPTS || !isRetryableError(error)) throw mapNeo4jError(error);
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS * attempt));
      }
    }
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
    const session = this.openSession('WRITE');
    const started = performance.now();
    try {
      await withoutCallerStack(() => session.run(query));
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      this.notify('WRITE', query, {}, started);
      await this.closeSession(session);
    }
  }

  private async transaction<T>(
    mode: AccessMode,
    work: (run: StatementRunner) => Promise<T>,
  ): Promise<T> {
    const limit = this.timeLimit(mode);
    if (limit?.signal.aborted) throw new OperationTimeoutError(TIMED_OUT_MESSAGE);
    const session = this.openSession(mode);
    const unitOfWork = (tx: ManagedTransaction) => work(this.runner(mode, tx));
    const config = limit ? { timeout: Math.max(1, limit.ms) } : {};
    const running =
      mode === 'READ'
        ? session.executeRead(unitOfWork, config)
        : session.executeWrite(unitOfWork, config);
    try {
      return await this.within(session, running, limit);
    } catch (error) {
      throw mapNeo4jError(error);
    }
  }

  private async autoCommitRead(
    query: string,
    parameters: QueryParameters,
    limit: { ms: number; signal: AbortSignal } | null,
  ): Promise<Row[]> {
    const session = this.openSession('READ');
    const started = performance.now();
    const config = limit ? { timeout: Math.max(1, limit.ms) } : {};
    const running = withoutCallerStack(() =>
      session.run(query, toNeo4jParameters(parameters), config),
    ).then((result) => result.records.map((record) => toPlain(record.toObject()) as Row));
    try {
      return await this.within(session, running, limit);
    } finally {
      this.notify('READ', query, parameters, started);
    }
  }

  /**
   * What `running` (the work of `session`) settles to, or a TIMEOUT as soon as `limit` passes; the
   * session is closed either way.
   */
  private async within<T>(
    session: Session,
    running: Promise<T>,
    limit: { ms: number; signal: AbortSignal } | null,
  ): Promise<T> {
    try {
      return await (limit ? stopAtAbort(running, limit.signal) : running);
    } finally {
      if (limit?.signal.aborted) {
        // The database may not answer (nor a rollback); the session closes in the background.
        running.catch(() => undefined);
        this.closeSession(session).catch(() => undefined);
      } else {
        await this.closeSession(session);
      }
    }
  }

  private openSession(mode: AccessMode): Session {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    this.usage.sessions += 1;
    return session;
  }

  private async closeSession(session: Session): Promise<void> {
    try {
      await session.close();
    } finally {
      this.usage.sessions -= 1;
    }
  }

  /**
   * This unit of work's time limit: the read timeout and the request's deadline, whichever is
   * first. Both are timeouts, so the first to pass is the one that aborts; its own signal serves,
   * and a statement within a request's deadline makes no timer of its own.
   */
  private timeLimit(mode: AccessMode): { ms: number; signal: AbortSignal } | null {
    const { deadline } = this.options;
    const readTimeoutMs = mode === 'READ' ? this.options.readTimeoutMs : undefined;
    if (deadline) {
      const leftMs = deadline.at - Date.now();
      if (readTimeoutMs === undefined || leftMs <= readTimeoutMs) {
        return { ms: leftMs, signal: deadline.signal };
      }
    }
    if (readTimeoutMs === undefined) return null;
    return { ms: readTimeoutMs, signal: AbortSignal.timeout(readTimeoutMs) };
  }

  private runner(mode: AccessMode, tx: ManagedTransaction): StatementRunner {
    return async (query, parameters = {}) => {
      const started = performance.now();
      try {
        const result = await withoutCallerStack(() => tx.run(query, toNeo4jParameters(parameters)));
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      } finally {
        this.notify(mode, query, parameters, started);
      }
    };
  }

  private notify(
    mode: AccessMode,
    query: string,
    parameters: QueryParameters,
    started: number,
  ): void {
    const ms = performance.now() - started;
    for (const observer of this.options.observers ?? []) observer({ mode, query, parameters, ms });
  }
}

/** Settles as `work` does, or rejects with a TIMEOUT as soon as `signal` aborts. */
function stopAtAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new OperationTimeoutError(TIMED_OUT_MESSAGE));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
