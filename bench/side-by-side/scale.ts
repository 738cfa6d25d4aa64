/**
 * `npm run bench:scale -- <smaller>.json <larger>.json`: how kks-graph's latency grows with the
 * graph, from two reports of `npm run bench` on two tiers (e.g. S and M). For each workload and
 * number of connections, A's median p50 on the larger graph over its median p50 on the smaller; the
 * target of issue 11 is at most 2. Writes the table to standard output, as markdown.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Measurement } from './load-runner.js';
import type { Refusal } from './answer-check.js';
import type { Contender } from './report.js';

interface SavedReport {
  readonly load: { readonly tier: string; readonly nodes: number; readonly relationships: number };
  readonly plan: { readonly connections: readonly number[] };
  /** Workloads A's cost model refused on that graph: timed for no contender (absent from the first reports, before 1 Dec 20:40). */
  readonly refused?: readonly Refusal[];
  readonly measurements: readonly (Measurement & { contender: Contender })[];
}

const [smallerFile, largerFile] = process.argv.slice(2);
if (smallerFile === undefined || largerFile === undefined) {
  throw new Error('name two reports: bench/results/<smaller>.json bench/results/<larger>.json');
}
const read = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as SavedReport;
const smaller = await read(smallerFile);
const larger = await read(largerFile);

const p50Of = (
  report: SavedReport,
  contender: Contender,
  workload: string,
  connections: number,
): number | null => {
  const values = report.measurements
    // A load in which no request completed has no latency to compare.
    .filter(
      (m) =>
        m.contender === contender &&
        m.workload === workload &&
        m.connections === connections &&
        m.requests > 0,
    )
    .map((m) => m.p50ms)
    .sort((a, b) => a - b);
  if (values.length === 0) return null;
  return (
    ((values[Math.floor((values.length - 1) / 2)] ?? 0) +
      (values[Math.ceil((values.length - 1) / 2)] ?? 0)) /
    2
  );
};

const graph = (report: SavedReport) =>
  `${report.load.tier}, ${report.load.nodes} nodes and ${report.load.relationships} relationships`;
console.log("# Scale: how kks-graph's latency grows with the graph (issue 11)\n");
console.log(
  `A's p50 on ${graph(larger)} (\`${path.basename(largerFile)}\`), over its p50 on ${graph(smaller)} (\`${path.basename(smallerFile)}\`); wanted: at most 2.`,
);
console.log(
  "Beside it, R's: one hand-written statement's growth, where the question itself grows with the graph.\n",
);
console.log(
  '| workload | conns | p50 smaller (ms) | p50 larger (ms) | larger / smaller | | R: larger / smaller |',
);
console.log('|---|---|---|---|---|---|---|');
const workloads = [
  ...new Set(smaller.measurements.filter((m) => m.contender === 'A').map((m) => m.workload)),
];
/** Why `workload` was not measured, where A's cost model refused it on either graph. */
const refusalOf = (workload: string) =>
  [larger, smaller]
    .flatMap((report) =>
      (report.refused ?? [])
        .filter((refusal) => refusal.workload === workload)
        .map((refusal) => `refused on ${report.load.tier}: ${refusal.reason}`),
    )
    .join('; ');

/** How many times `contender`'s p50 grew, or null when either tier's loads completed no request. */
const growthOf = (contender: Contender, workload: string, connections: number) => {
  const [before, after] = [
    p50Of(smaller, contender, workload, connections),
    p50Of(larger, contender, workload, connections),
  ];
  if (before === null || after === null) return null;
  // autocannon rounds latencies to whole milliseconds: a p50 under 1 ms counts as 1.
  return { before, after, growth: Math.max(after, 1) / Math.max(before, 1) };
};
for (const workload of workloads) {
  for (const connections of smaller.plan.connections) {
    const mine = growthOf('A', workload, connections);
    const hand = growthOf('R', workload, connections);
    const handShown = hand === null ? '–' : hand.growth.toFixed(2);
    if (mine === null) {
      const why = refusalOf(workload);
      console.log(
        `| ${workload} | ${connections} | | | not measured${why ? ` (${why})` : ''} | | ${handShown} |`,
      );
      continue;
    }
    console.log(
      `| ${workload} | ${connections} | ${mine.before} | ${mine.after} | ${mine.growth.toFixed(2)} | ${mine.growth <= 2 ? 'met' : 'missed'} | ${handShown} |`,
    );
  }
}
