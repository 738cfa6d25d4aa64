import type { Profiler } from 'node:inspector';
import { describe, expect, it } from 'vitest';
import { whereTimeGoes } from '../../bench/side-by-side/cpu-profile.js';

/** A profile whose every node is a leaf sampled `samples` times. */
function profileOf(
  frames: readonly { functionName: string; url: string; lineNumber?: number; samples: number }[],
): Profiler.Profile {
  const nodes = frames.map((frame, index) => ({
    id: index + 1,
    callFrame: {
      functionName: frame.functionName,
      scriptId: String(index),
      url: frame.url,
      lineNumber: frame.lineNumber ?? 0,
      columnNumber: 0,
    },
  }));
  const samples = frames.flatMap((frame, index) => Array<number>(frame.samples).fill(index + 1));
  return { nodes, startTime: 0, endTime: samples.length, samples };
}

describe("where a profiled process's time goes", () => {
  const profile = profileOf([
    { functionName: '(idle)', url: '', samples: 50 },
    {
      functionName: 'executeField',
      url: 'file:///repo/node_modules/graphql/execution/execute.js',
      lineNumber: 700,
      samples: 20,
    },
    {
      functionName: 'completeValue',
      url: 'file:///repo/node_modules/graphql/execution/execute.js',
      lineNumber: 832,
      samples: 10,
    },
    {
      functionName: 'unpack',
      url: 'file:///repo/node_modules/@neo4j/driver/lib/unpack.js',
      samples: 5,
    },
    {
      functionName: 'read',
      url: 'file:///repo/src/repositories/property-readers.ts',
      lineNumber: 9,
      samples: 10,
    },
    { functionName: '(garbage collector)', url: '', samples: 4 },
    { functionName: 'JSONStringify', url: '', samples: 1 },
  ]);

  it('counts idle samples apart and shares the busy ones by package, largest first', () => {
    const spent = whereTimeGoes(profile, 10);
    expect(spent.idlePercent).toBe(50);
    expect(spent.byPackage).toEqual([
      { name: 'graphql', percent: 60 },
      { name: 'src/repositories/property-readers.ts', percent: 20 },
      { name: '@neo4j/driver', percent: 10 },
      { name: 'v8 (garbage collector)', percent: 8 },
      { name: 'v8 (builtins)', percent: 2 },
    ]);
  });

  it('names each function with where it is, and keeps the top ones', () => {
    const spent = whereTimeGoes(profile, 2);
    expect(spent.byFunction).toEqual([
      { name: 'executeField  graphql:701', percent: 40 },
      { name: 'completeValue  graphql:833', percent: 20 },
    ]);
    expect(spent.byPackage).toHaveLength(2);
  });
});
