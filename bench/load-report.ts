/**
 * The report of `npm run load`: a phase's figures from autocannon's result and the tally, the
 * tables printed at the end, the JSON file written to bench/reports/, and what fails the run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type autocannon from 'autocannon';
import { format, resolveConfig } from 'prettier';
import { projectPath } from '../src/project-paths.js';
import type { RssTrend } from './load-rss.js';
import type { ServerProcess } from './load-server.js';
import { round, type Tally } from './load-tally.js';

/** One phase as the report shows it. */
export interface PhaseResult {
  readonly connections: number;
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly non2xx: number;
  readonly errorResponses: number;
  readonly serverErrors: number;
  readonly graphqlErrors: Record<string, number>;
  readonly timeouts: number;
  readonly transportErrors: number;
}

export function phaseResult(
  connections: number,
  result: autocannon.Result,
  tally: Tally,
): PhaseResult {
  const requests = tally.summary().reduce((sum, op) => sum + op.requests, 0);
  return {
    connections,
    seconds: result.duration,
    requests,
    requestsPerSecond: round(requests / result.duration),
    p50Ms: round(result.latency.p50),
    p99Ms: round(result.latency.p99),
    maxMs: round(result.latency.max),
    non2xx: result.non2xx,
    errorResponses: tally.failedResponses,
    serverErrors: tally.serverFailures,
    graphqlErrors: tally.codes(),
    timeouts: result.timeouts,
    transportErrors: result.errors - result.timeouts,
  };
}

/** The tables and the RSS verdict, on stdout. */
export function printReport(
  phases: readonly PhaseResult[],
  total: Tally,
  rss: RssTrend,
  errorLines: readonly string[],
  serverCounts: Record<string, number>,
): void {
  console.log('\nPhases');
  console.table(
    phases.map((p) => ({
      conns: p.connections,
      s: p.seconds,
      requests: p.requests,
      'req/s': p.requestsPerSecond,
      'p50 ms': p.p50Ms,
      'p99 ms': p.p99Ms,
      'max ms': p.maxMs,
      non2xx: p.non2xx,
      'GraphQL errors':
        Object.entries(p.graphqlErrors)
          .map(([code, n]) => `${code}:${n}`)
          .join(' ') || 0,
      'server errors': p.serverErrors,
      timeouts: p.timeouts,
    })),
  );
  console.log('\nOperations, all phases');
  console.table(total.summary());
  console.log('\nServer RSS (MB)');
  console.table(rss.phases);
  console.log(
    `start ${rss.startMb}, end ${rss.endMb}, max ${rss.maxMb}; slope ${rss.pooledSlopeMbPerMin} MB/min within phases, ${rss.overallSlopeMbPerMin} MB/min across them (steps between phases included)`,
  );
  console.log(
    `floors of each 10 s, within phases: RSS ${rss.floorSlopeMbPerMin} MB/min, V8 heap used ${rss.heapFloorSlopeMbPerMin} MB/min`,
  );
  console.log(`RSS trend: ${rss.verdict} (${rss.rule})`);
  console.log(
    `server: ${errorLines.length} error log lines; its error counter: ${JSON.stringify(serverCounts)}`,
  );
}

/** Writes bench/reports/load-<time>.json; resolves with its path. */
export async function writeReport(report: Record<string, unknown>): Promise<string> {
  const folder = projectPath('bench', 'reports');
  await mkdir(folder, { recursive: true });
  const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');
  const file = path.join(folder, `load-${stamp}.json`);
  // Formatted as `npm run lint` (prettier --check .) expects of a committed file.
  const options = (await resolveConfig(file)) ?? {};
  await writeFile(file, await format(JSON.stringify(report), { ...options, filepath: file }));
  return file;
}

/** Why the run fails, one line each; empty when it passes. */
export function failuresOf(
  phases: readonly PhaseResult[],
  rss: RssTrend,
  server: Pick<ServerProcess, 'errorLines' | 'exit'>,
): string[] {
  const exit = server.exit();
  return [
    ...phases.flatMap((p) =>
      p.errorResponses + p.timeouts + p.transportErrors > 0
        ? [
            `${p.connections} conn: ${p.errorResponses} error answers (${p.serverErrors} server errors), ${p.timeouts} timeouts, ${p.transportErrors} transport errors`,
          ]
        : [],
    ),
    ...(exit
      ? [
          `the server died during the run (exit code ${exit.code}, signal ${exit.signal}): ${exit.stderr}`,
        ]
      : []),
    ...(server.errorLines.length > 0
      ? [`the server logged ${server.errorLines.length} errors`]
      : []),
    ...(rss.verdict === 'growing' ? ['RSS trends up'] : []),
  ];
}
