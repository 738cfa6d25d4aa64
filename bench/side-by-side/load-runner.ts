/**
 * One timed load on one contender's one workload, made by the load generator's process (forked
 * once), while this process, which serves every contender, records its own event-loop delay,
 * resident memory and CPU time: CPU per request is the serving cost that a busy, shared machine
 * disturbs least.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { LoadJob, LoadSummary } from './load-generator.js';
import type { Target } from './report.js';

export interface Measurement extends LoadSummary {
  readonly workload: string;
  readonly connections: number;
  readonly eventLoopDelayP99ms: number;
  readonly rssMb: number;
  /** CPU time (user and system) of the serving process per request answered. */
  readonly cpuMsPerRequest: number;
  /** Statements still running in Neo4j when the load ended, ended before the next load. */
  readonly leftoverStatements: number;
}

export class LoadRunner {
  /** `endLeftovers` ends what a load left running in the database, and says how many. */
  constructor(private readonly endLeftovers: () => Promise<number>) {}

  private readonly generator: ChildProcess = fork(new URL('./load-generator.ts', import.meta.url), {
    execArgv: ['--import', 'tsx/esm'],
  });

  async run(target: Target, load: { connections: number; seconds: number }): Promise<Measurement> {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const cpuBefore = process.cpuUsage();
    const job: LoadJob = {
      url: target.url,
      body: target.body,
      headers: target.headers ?? {},
      ...load,
    };
    const answered = once(this.generator, 'message');
    this.generator.send(job);
    const [summary] = (await answered) as [LoadSummary];
    delay.disable();
    const cpu = process.cpuUsage(cpuBefore);
    const leftoverStatements = await this.endLeftovers();
    return {
      ...summary,
      workload: target.workload,
      connections: load.connections,
      eventLoopDelayP99ms: delay.percentile(99) / 1e6,
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
      cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(summary.requests, 1),
      leftoverStatements,
    };
  }

  async stop(): Promise<void> {
    const exited = once(this.generator, 'exit');
    this.generator.kill();
    await exited;
  }
}
