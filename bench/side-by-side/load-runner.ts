/**
 * One timed load on one contender's one workload: autocannon in a child process (so its work does
 * not share the contenders' event loop), while this process records its own event-loop delay and
 * resident memory, the contenders all being served from here.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { promisify } from 'node:util';
import type { Target } from './report.js';

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

export interface Measurement {
  readonly workload: string;
  readonly connections: number;
  readonly requestsPerSecond: number;
  readonly p50ms: number;
  readonly p99ms: number;
  /** Failed connections, timeouts and answers other than 2xx. */
  readonly errors: number;
  readonly eventLoopDelayP99ms: number;
  readonly rssMb: number;
}

interface AutocannonSummary {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

export async function runLoad(
  target: Target,
  load: { connections: number; seconds: number },
): Promise<Measurement> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      AUTOCANNON,
      '--json',
      '--connections',
      String(load.connections),
      '--duration',
      String(load.seconds),
      '--method',
      'POST',
      '--headers',
      'content-type=application/json',
      ...(target.body === '' ? [] : ['--body', target.body]),
      target.url,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  delay.disable();
  const summary = JSON.parse(stdout) as AutocannonSummary;
  return {
    workload: target.workload,
    connections: load.connections,
    requestsPerSecond: summary.requests.average,
    p50ms: summary.latency.p50,
    p99ms: summary.latency.p99,
    errors: summary.errors + summary.timeouts + summary.non2xx,
    eventLoopDelayP99ms: delay.percentile(99) / 1e6,
    rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
}
