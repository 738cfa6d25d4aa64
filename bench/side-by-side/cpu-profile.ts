/**
 * Where the serving process spends its CPU under one load: V8's sampling profiler runs in this
 * process (which serves every contender; only the one loaded is busy) while the load generator's
 * process loads one target. Used by `npm run bench:profile` and by the report, which profiles A
 * where it misses a target.
 */
import type { Session, Profiler } from 'node:inspector/promises';
import type { LoadRunner, Measurement } from './load-runner.js';
import type { Target } from './report.js';

/** A share of the busy samples: time spent by a package, or by one function. */
export interface SelfTime {
  readonly name: string;
  /** Percent of the samples in which the process was not idle. */
  readonly percent: number;
}

export interface WhereTimeGoes {
  /** Percent of all samples in which the process waited (for Neo4j, for the next request). */
  readonly idlePercent: number;
  readonly byPackage: readonly SelfTime[];
  readonly byFunction: readonly SelfTime[];
}

/** Loads `target` once unprofiled (to warm it), then again under the profiler. */
export async function profiledLoad(
  session: Session,
  loads: LoadRunner,
  target: Target,
  load: { connections: number; seconds: number },
): Promise<{ measurement: Measurement; profile: Profiler.Profile }> {
  await loads.run(target, { connections: load.connections, seconds: 2 });
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const measurement = await loads.run(target, load);
  const { profile } = await session.post('Profiler.stop');
  await session.post('Profiler.disable');
  return { measurement, profile };
}

/**
 * Self time per package (node_modules/<name>, our own file, or V8 itself: the garbage collector,
 * compiled code outside any function) and per function, the `top` largest of each.
 */
export function whereTimeGoes(profile: Profiler.Profile, top: number): WhereTimeGoes {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const samples = new Map<number, number>();
  for (const id of profile.samples ?? []) samples.set(id, (samples.get(id) ?? 0) + 1);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let idle = 0;
  let busy = 0;
  for (const [id, count] of samples) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    if (frame.functionName === '(idle)') {
      idle += count;
      continue;
    }
    busy += count;
    const where = packageOf(frame.url, frame.functionName);
    const name = `${frame.functionName || '(anonymous)'}  ${where}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + count);
    byPackage.set(where, (byPackage.get(where) ?? 0) + count);
  }
  const ranked = (counts: Map<string, number>) =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, count]) => ({ name, percent: (100 * count) / Math.max(busy, 1) }));
  return {
    idlePercent: (100 * idle) / Math.max(idle + busy, 1),
    byPackage: ranked(byPackage),
    byFunction: ranked(byFunction),
  };
}

function packageOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? `v8 ${functionName}` : 'v8 (builtins)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scope, name] = url.slice(modules + 'node_modules/'.length).split('/');
    return scope?.startsWith('@') ? `${scope}/${name}` : (scope ?? url);
  }
  if (url.startsWith('node:')) return url;
  const own = url.indexOf('/src/');
  return own >= 0 ? url.slice(own + 1) : url;
}
