/**
 * Contenders R and C0 behind a bare node:http endpoint: POST /cypher/<workload key> runs that
 * workload's one hand-written statement (in a read transaction, or a write one for a write) and
 * answers `{"data": …}` as a GraphQL server would; POST /floor runs `RETURN 1`, the cost of one Bolt
 * round trip and an HTTP exchange (C0).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Workload } from './workloads.js';

export interface RunningCypherContender {
  /** Base URL, e.g. http://127.0.0.1:4100 */
  readonly url: string;
  stop(): Promise<void>;
}

export async function startCypherContender(
  driver: Driver,
  workloads: readonly Workload[],
): Promise<RunningCypherContender> {
  const byPath = new Map(workloads.map((workload) => [`/cypher/${workload.key}`, workload.cypher]));
  byPath.set('/floor', { statement: 'RETURN 1 AS data' });
  const server = http.createServer((request, response) => {
    const cypher = byPath.get(request.url ?? '');
    request.resume();
    if (cypher === undefined) {
      response.writeHead(404).end();
      return;
    }
    driver
      .executeQuery(cypher.statement, cypher.parameters ?? {}, {
        routing: cypher.writes === true ? neo4j.routing.WRITE : neo4j.routing.READ,
        database: 'neo4j',
      })
      .then(({ records }) => {
        const data: unknown = records[0]?.get('data') ?? null;
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ data }));
      })
      .catch((error: unknown) => {
        response
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ errors: [{ message: String(error) }] }));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
