/**
 * Prometheus metrics at GET /metrics: GraphQL latency per operation, errors by code, Cypher
 * statement durations, DataLoader batch sizes, the driver connections in use, whether the database
 * answers, and Node's own process metrics (memory, event-loop lag, GC).
 *
 * Every label has a bounded set of values: operation names come from the trusted documents (the
 * playground's recipes and the explorer's operations), any other name is `other`, so a client
 * cannot grow the registry by inventing names.
 */
import { Router } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { QueryObserver } from '../neo4j/gateway.js';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface MetricsSources {
  /** Operation names that get a label of their own. */
  readonly knownOperations: ReadonlySet<string>;
  /** Connections held by running transactions right now. */
  readonly connectionsInUse: () => number;
  readonly maxPoolSize: number;
  readonly databaseUp: () => boolean;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly operationSeconds = new Histogram({
    name: 'kks_graphql_operation_duration_seconds',
    help: 'GraphQL operations from request to response, by operation name and type',
    labelNames: ['operation', 'type'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly errorCount = new Counter({
    name: 'kks_graphql_errors_total',
    help: 'Errors in GraphQL responses, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly cypherSeconds = new Histogram({
    name: 'kks_cypher_statement_duration_seconds',
    help: 'Cypher statements sent to Neo4j, by access mode',
    labelNames: ['mode'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly batchSize = new Histogram({
    name: 'kks_dataloader_batch_size',
    help: 'Keys per DataLoader batch (one Cypher statement each), by loader',
    labelNames: ['loader'] as const,
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers: [this.registry],
  });
  private readonly rateLimited = new Counter({
    name: 'kks_rate_limited_total',
    help: 'Requests refused by the rate limits, by kind (request or mutation)',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  constructor(private readonly sources: MetricsSources) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'kks_neo4j_connections_in_use',
      help: 'Driver connections held by running transactions',
      registers: [this.registry],
      collect() {
        this.set(sources.connectionsInUse());
      },
    });
    new Gauge({
      name: 'kks_neo4j_pool_max',
      help: 'The most connections the driver opens (NEO4J_MAX_POOL_SIZE)',
      registers: [this.registry],
      collect() {
        this.set(sources.maxPoolSize);
      },
    });
    new Gauge({
      name: 'kks_database_up',
      help: '1 when the database answered the last readiness probe, else 0',
      registers: [this.registry],
      collect() {
        this.set(sources.databaseUp() ? 1 : 0);
      },
    });
  }

  /** Records an answered operation: how long it took and the codes of its errors. */
  operationAnswered(
    operation: { name: string | null; type: string | null },
    seconds: number,
    errorCodes: readonly string[],
  ): void {
    this.operationSeconds.observe(
      { operation: this.operationLabel(operation.name), type: operation.type ?? 'none' },
      seconds,
    );
    for (const code of errorCodes) this.errorCount.inc({ code });
  }

  readonly cypherObserver: QueryObserver = ({ mode, ms }) => {
    this.cypherSeconds.observe({ mode }, ms / 1000);
  };

  batchLoaded(loader: string, keys: number): void {
    this.batchSize.observe({ loader }, keys);
  }

  refused(kind: 'request' | 'mutation'): void {
    this.rateLimited.inc({ kind });
  }

  routes(): Router {
    const router = Router();
    router.get('/metrics', async (_request, response) => {
      response.type(this.registry.contentType).send(await this.registry.metrics());
    });
    return router;
  }

  private operationLabel(name: string | null): string {
    if (name === null) return 'anonymous';
    return this.sources.knownOperations.has(name) ? name : 'other';
  }
}
