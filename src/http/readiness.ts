/**
 * Whether the database answers, known at all times without making anyone wait: a probe runs every
 * PROBE_INTERVAL_MS and gives up after PROBE_TIMEOUT_MS, and `/readyz` answers from its last result.
 * So a database that dies or freezes turns the API unready within about a second and a half, and
 * `/readyz` itself never waits on the database. Changes are logged once, when they happen.
 */
import { Router } from 'express';
import type { Logger } from '../logger.js';
import { deadlineAfter, type Neo4jGateway } from '../neo4j/gateway.js';
import { problem } from './problem.js';

const PROBE_INTERVAL_MS = 500;
const PROBE_TIMEOUT_MS = 800;

export class DatabaseReadiness {
  /** Null until the first probe has answered. */
  private up: boolean | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private probing: Promise<void> | null = null;
  /** Set by `markDown`: the database is going away, so a probe that still succeeds is not believed. */
  private goingAway = false;

  constructor(
    private readonly gateway: Neo4jGateway,
    private readonly logger: Logger,
  ) {}

  /** Probes now, then keeps probing until `stop`. */
  async start(): Promise<void> {
    await this.probe();
    const next = () => {
      if (this.stopped) return;
      this.timer = setTimeout(() => {
        this.probing = this.probe().then(next);
      }, PROBE_INTERVAL_MS);
      this.timer.unref();
    };
    next();
  }

  /** Stops probing; resolves once a probe in flight is done, so the driver can close after it. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.probing;
  }

  get isUp(): boolean {
    return this.up === true;
  }

  /**
   * The database is going away (its JVM is shutting down, or has died): unready now, and until a
   * probe has failed and a later one succeeded.
   */
  markDown(reason: string): void {
    this.goingAway = true;
    this.change(false, { reason });
  }

  private async probe(): Promise<void> {
    let failure: unknown = null;
    const deadline = deadlineAfter(PROBE_TIMEOUT_MS);
    try {
      await this.gateway.withDeadline(deadline).read('RETURN 1 AS ok');
    } catch (error) {
      failure = error;
    } finally {
      deadline.lift();
    }
    if (failure !== null) this.goingAway = false;
    else if (this.goingAway) return;
    this.change(failure === null, { err: failure });
  }

  private change(up: boolean, detail: Record<string, unknown>): void {
    if (up === this.up) return;
    const first = this.up === null;
    this.up = up;
    if (!up) {
      this.logger.error({ stage: 'database', ...detail }, 'the database does not answer: unready');
    } else if (!first) {
      this.logger.info({ stage: 'database' }, 'the database answers again: ready');
    }
  }
}

/** `/livez`: the process answers (no database call). `/readyz`: and the database answered lately. */
export function probeRoutes(readiness: DatabaseReadiness): Router {
  const router = Router();
  router.get('/livez', (_request, response) => {
    response.set('cache-control', 'no-store').json({ status: 'live' });
  });
  router.get('/readyz', (_request, response) => {
    response.set('cache-control', 'no-store');
    if (readiness.isUp) {
      response.json({ status: 'ready', database: 'up' });
      return;
    }
    response
      .status(503)
      .json(
        problem('DATABASE_UNAVAILABLE', 'The graph database does not answer; try again shortly'),
      );
  });
  return router;
}
