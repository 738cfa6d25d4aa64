/**
 * The side-by-side report: the machine and versions, the answer check, and per workload and number
 * of connections each contender's req/s (median and range over rounds), p50/p99 latency, errors,
 * and the per-round ratios A/R and A/N (median and range). Written as markdown and JSON under
 * bench/results/.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Refusal, WorkloadCheck } from './answer-check.js';
import type { WhereTimeGoes } from './cpu-profile.js';
import type { Measurement } from './load-runner.js';
import type { BulkLoad } from './seeded-neo4j.js';

export type Contender = 'C0' | 'R' | 'A' | 'A-DL' | 'N';

/** What one contender is sent for one workload. */
export interface Target {
  readonly workload: string;
  readonly url: string;
  /** The POST body; empty for the hand-written contender, whose URL names the statement. */
  readonly body: string;
  /** Sent besides the content type: kks-graph's curator key, for a write. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface RunResults {
  readonly plan: {
    readonly rounds: number;
    readonly seconds: number;
    readonly connections: readonly number[];
  };
  /** The workloads run when not all were (`--workloads`). */
  readonly only: readonly string[] | undefined;
  readonly load: BulkLoad;
  readonly check: readonly WorkloadCheck[];
  /** Workloads A's cost model refuses on this graph: timed for no contender. */
  readonly refused: readonly Refusal[];
  readonly measurements: readonly (Measurement & { round: number; contender: Contender })[];
  readonly neo4jVersion: string;
  /** A profiled where it misses a target: at the workload and connections where it is lowest. */
  readonly profiles: readonly MissProfile[];
}

export interface MissProfile {
  readonly workload: string;
  readonly connections: number;
  readonly seconds: number;
  /** The profiled load itself (the profiler slows it a little). */
  readonly measurement: Measurement;
  readonly spent: WhereTimeGoes;
}

/** Taken when the run starts (this module is loaded then): how busy the machine was before it. */
const LOAD_AVERAGE_AT_START = os.loadavg();
const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));
const PACKAGES = ['@neo4j/graphql', '@apollo/server', 'graphql', 'neo4j-driver', 'autocannon'];

export async function writeReport(results: RunResults): Promise<{ markdown: string }> {
  const loadAverageAtEnd = os.loadavg();
  const machine = {
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()}`,
    node: process.version,
    neo4j: results.neo4jVersion,
    packages: Object.fromEntries(PACKAGES.map((name) => [name, packageVersion(name)])),
    loadAverage1m5m15m: {
      atStart: LOAD_AVERAGE_AT_START.map((value) => Number(value.toFixed(2))),
      atEnd: loadAverageAtEnd.map((value) => Number(value.toFixed(2))),
    },
  };
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  await mkdir(RESULTS_DIR, { recursive: true });
  const markdownPath = path.join(RESULTS_DIR, `${stamp}.md`);
  await writeFile(
    path.join(RESULTS_DIR, `${stamp}.json`),
    `${JSON.stringify({ machine, ...results }, null, 2)}\n`,
  );
  await writeFile(markdownPath, markdown(results, machine));
  return { markdown: markdownPath };
}

function markdown(results: RunResults, machine: Record<string, unknown>): string {
  const { plan, check, measurements } = results;
  const lines = [
    `# Side by side: kks-graph (A), @neo4j/graphql (N), hand-written Cypher (R)`,
    '',
    `${plan.rounds} rounds × ${plan.seconds} s per contender, workload and number of connections; ` +
      'contender order rotated every round; a warm-up pass discarded. req/s: median [min–max] over ' +
      'rounds; ratios per round, then median [min–max]; latencies: medians over rounds, in ms.',
    '',
    ...(results.only
      ? [`Only the workloads ${results.only.join(', ')} (\`--workloads\`).`, '']
      : []),
    '```json',
    JSON.stringify(machine, null, 2),
    '```',
    '',
    `Graph: ${results.load.tier}, ${results.load.nodes} nodes and ${results.load.relationships} ` +
      `relationships, written by the project's writer in ${results.load.seconds} s ` +
      `(${results.load.rowsPerSecond} rows/s; one transaction per node: ` +
      `${results.load.rowAtATimePerSecond} rows/s), each timed after an untimed pass that ` +
      `planned its statements.`,
    '',
    ...targets(results),
    '',
    ...whyMissed(results),
    ...(results.refused.length === 0
      ? []
      : [
          "## Refused by A's cost model on this graph (timed for no contender)",
          '',
          ...results.refused.map((refusal) => `- ${refusal.workload}: ${refusal.reason}`),
          '',
        ]),
    '## Answers checked (canonical JSON, identical for R, A, A-DL and N) and statements per request',
    '',
    '| workload | answer hash | statements A | statements A-DL |',
    '|---|---|---|---|',
    ...check.map(
      (row) => `| ${row.workload} | ${row.hash} | ${row.statementsA} | ${row.statementsADL} |`,
    ),
    '',
    '## Throughput and latency',
    '',
    '| workload | conns | R req/s | A req/s | A-DL req/s | N req/s | A/R | A/N | p50/p99 R | p50/p99 A | p50/p99 A-DL | p50/p99 N | errors |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const cell = (contender: Contender, workload: string, connections: number) =>
    measurements.filter(
      (m) => m.contender === contender && m.workload === workload && m.connections === connections,
    );
  for (const { workload } of [{ workload: 'floor' }, ...check]) {
    for (const connections of plan.connections) {
      const of = (contender: Contender) => cell(contender, workload, connections);
      if (workload === 'floor') {
        const floor = of('C0');
        lines.push(
          `| C0 (RETURN 1) | ${connections} | ${spread(floor.map((m) => m.requestsPerSecond))} | | | | | | ${latency(floor)} | | | | ${errors(floor)} |`,
        );
        continue;
      }
      const [r, a, dl, n] = [of('R'), of('A'), of('A-DL'), of('N')];
      lines.push(
        `| ${workload} | ${connections} | ${spread(r.map(rps))} | ${spread(a.map(rps))} | ${spread(dl.map(rps))} | ${spread(n.map(rps))} | ${ratio(a, r)} | ${ratio(a, n)} | ${latency(r)} | ${latency(a)} | ${latency(dl)} | ${latency(n)} | ${errors([...r, ...a, ...dl, ...n])} |`,
      );
    }
  }
  const cpuMs = (contender: Contender, workload: string, connections: number) =>
    medianCpuMs(measurements, contender, workload, connections);
  const shown = (value: number | null) => (value === null ? '–' : value.toFixed(2));
  const share = (mine: number | null, theirs: number | null) =>
    mine === null || theirs === null ? '–' : (mine / theirs).toFixed(2);
  lines.push(
    '',
    '## CPU of the serving process per request (ms, median over rounds)',
    '',
    'What a request costs the Node process that serves it (Neo4j runs in its own); a shared machine ' +
      'disturbs this less than throughput.',
    '',
    '| workload | conns | R | A | A-DL | N | A/R | A/N |',
    '|---|---|---|---|---|---|---|---|',
    ...check.flatMap(({ workload }) =>
      plan.connections.map((connections) => {
        const [r, a, dl, n] = (['R', 'A', 'A-DL', 'N'] as const).map((contender) =>
          cpuMs(contender, workload, connections),
        ) as [number | null, number | null, number | null, number | null];
        return `| ${workload} | ${connections} | ${shown(r)} | ${shown(a)} | ${shown(dl)} | ${shown(n)} | ${share(a, r)} | ${share(a, n)} |`;
      }),
    ),
  );
  lines.push(
    '',
    '## The serving process (all contenders are served from one Node process)',
    '',
    'Statements left running in Neo4j when a load ended (requests the load generator gave up on) ' +
      'were ended before the next load, so that no load pays for the one before it.',
    '',
    '| contender | event-loop delay p99, worst (ms) | RSS, largest (MB) | statements ended after their load |',
    '|---|---|---|---|',
    ...(['C0', 'R', 'A', 'A-DL', 'N'] as const).flatMap((contender) => {
      const mine = measurements.filter((m) => m.contender === contender);
      if (mine.length === 0) return [];
      const leftovers = mine.reduce((sum, m) => sum + m.leftoverStatements, 0);
      return [
        `| ${contender} | ${Math.max(...mine.map((m) => m.eventLoopDelayP99ms)).toFixed(1)} | ${Math.max(...mine.map((m) => m.rssMb))} | ${leftovers} |`,
      ];
    }),
    '',
  );
  return `${lines.join('\n')}\n`;
}

/** The workloads that nest: a level of relations or more below the root, or a walk. */
const NESTED = [
  'essays-authors-essays-project',
  'hub-concept-mentions',
  'findings-subjects-evidence',
  'neighbourhood-depth-2',
];
/** The workload whose root lists 50 parents, each with its own relations. */
export const FAN_OUT = 'findings-subjects-evidence';

/** One of the targets for A, with the lowest median ratio over its workloads, and where. */
export interface TargetResult {
  readonly target: string;
  readonly wanted: number;
  /** Null when every workload named was refused, or its rival answered nothing. */
  readonly measured: Lowest | null;
  /**
   * R's own ratio against the same rival where A's is lowest: no GraphQL layer can do much
   * better than one hand-written statement behind bare HTTP. Null for the targets against R.
   */
  readonly ceiling: number | null;
}

export const isMissed = (result: TargetResult): result is TargetResult & { measured: Lowest } =>
  result.measured !== null && result.measured.ratio < result.wanted;

/** The targets for A's throughput, each with the measured figure that meets or misses it. */
export function targetResults(results: Omit<RunResults, 'profiles'>): TargetResult[] {
  const { plan, check, measurements } = results;
  const medianRatio = (a: Contender, b: Contender, workload: string, connections: number) => {
    const of = (contender: Contender) =>
      measurements.filter(
        (m) =>
          m.contender === contender && m.workload === workload && m.connections === connections,
      );
    const perRound = ratios(of(a), of(b));
    // No ratio when b answered nothing in any round (a is not slower for it): not a 0.
    return perRound.length === 0 ? null : median(perRound);
  };
  const checked = new Set(check.map((row) => row.workload));
  /** The lowest median ratio a/b over `workloads` and every number of connections, and where. */
  const lowest = (a: Contender, b: Contender, workloads: readonly string[]): Lowest | null =>
    workloads
      .filter((workload) => checked.has(workload))
      .flatMap((workload) =>
        plan.connections.flatMap((connections) => {
          const ratio = medianRatio(a, b, workload, connections);
          return ratio === null ? [] : [{ ratio, workload, connections }];
        }),
      )
      .reduce<Lowest | null>(
        (low, next) => (low === null || next.ratio < low.ratio ? next : low),
        null,
      );
  const result = (
    target: string,
    wanted: number,
    b: Contender,
    workloads: readonly string[],
  ): TargetResult => {
    const measured = lowest('A', b, workloads);
    const ceiling =
      measured === null || b === 'R'
        ? null
        : medianRatio('R', b, measured.workload, measured.connections);
    return { target, wanted, measured, ceiling };
  };
  return [
    result('A/N, every workload', 1, 'N', [...checked]),
    result('A/N, nested workloads', 1.5, 'N', NESTED),
    result('A/R, nested workloads', 0.7, 'R', NESTED),
    result('A/A-DL, 50-parent fan-out', 10, 'A-DL', [FAN_OUT]),
  ];
}

function targets(results: RunResults): string[] {
  const row = ({ target, wanted, measured, ceiling }: TargetResult) =>
    measured === null
      ? `| ${target} | ≥ ${wanted} | not measured: every workload named was refused, or its rival answered nothing | | |`
      : `| ${target} | ≥ ${wanted} | ${measured.ratio.toFixed(2)} (${measured.workload}, ${measured.connections} conn.) | ${ceiling === null ? '–' : ceiling.toFixed(2)} | ${measured.ratio >= wanted ? 'met' : 'missed'} |`;
  const bulk = results.load.rowsPerSecond / results.load.rowAtATimePerSecond;
  return [
    '## Targets (issue 11): the lowest median ratio over the workloads and connections named',
    '',
    "The R column is the hand-written statement's own ratio where A's is lowest (R in A's place).",
    '',
    '| target | wanted | A, measured (where lowest) | R | |',
    '|---|---|---|---|---|',
    ...targetResults(results).map(row),
    `| W2: batched writer / one transaction per row, rows/s | ≥ 10 | ${bulk.toFixed(2)} (${results.load.rowsPerSecond} / ${results.load.rowAtATimePerSecond}) | – | ${bulk >= 10 ? 'met' : 'missed'} |`,
  ];
}

/**
 * For each profiled miss: which targets it explains, A's CPU per request beside R's and N's on
 * the same workload in the rounds, and where A's busy time went.
 */
function whyMissed(results: RunResults): string[] {
  if (results.profiles.length === 0) return [];
  const missed = targetResults(results).filter(isMissed);
  const cpuMs = (contender: Contender, workload: string, connections: number) =>
    medianCpuMs(results.measurements, contender, workload, connections)?.toFixed(2) ?? '–';
  const table = (heading: string, rows: readonly { name: string; percent: number }[]) => [
    `| ${heading} | share of busy time |`,
    '|---|---|',
    ...rows.map((row) => `| \`${row.name.replaceAll('|', '\\|')}\` | ${row.percent.toFixed(1)}% |`),
  ];
  return [
    "## Why a target is missed: where A's CPU goes",
    '',
    "Each miss's lowest workload and connections served by A alone under V8's sampling profiler " +
      '(a sample every 0.2 ms). CPU per request is from the timed rounds: what the Node process ' +
      'serving the contender spends per answer. Neo4j runs in its own process, and R sends it a ' +
      "statement equal to A's, so A's CPU beyond R's is what the GraphQL layer costs. Where R's own " +
      'ratio (the R column above) misses the target too, one hand-written statement behind bare ' +
      'HTTP would miss it on this machine as well. Shares are of the time the process was busy.',
    '',
    ...results.profiles.flatMap((profile) => {
      const { workload, connections, spent } = profile;
      const explains = missed
        .filter(
          (miss) =>
            miss.measured.workload === workload && miss.measured.connections === connections,
        )
        .map((miss) => `${miss.target} ${miss.measured.ratio.toFixed(2)}`);
      return [
        `### ${workload}, ${connections} conn. (${explains.join('; ')})`,
        '',
        `CPU per request: A ${cpuMs('A', workload, connections)} ms, R ${cpuMs('R', workload, connections)} ms, ` +
          `N ${cpuMs('N', workload, connections)} ms. Profiled: ${profile.seconds} s, ` +
          `${profile.measurement.requestsPerSecond} req/s, ` +
          `${profile.measurement.cpuMsPerRequest.toFixed(2)} ms CPU per request, idle ` +
          `${spent.idlePercent.toFixed(1)}% of the time.`,
        '',
        ...table('package', spent.byPackage),
        '',
        ...table('function', spent.byFunction),
        '',
      ];
    }),
  ];
}

export interface Lowest {
  readonly ratio: number;
  readonly workload: string;
  readonly connections: number;
}

const rps = (m: Measurement) => m.requestsPerSecond;

/** The median over rounds of a contender's CPU per request, or null when it was not timed. */
function medianCpuMs(
  measurements: RunResults['measurements'],
  contender: Contender,
  workload: string,
  connections: number,
): number | null {
  const values = measurements
    .filter(
      (m) => m.contender === contender && m.workload === workload && m.connections === connections,
    )
    .map((m) => m.cpuMsPerRequest);
  return values.length === 0 ? null : median(values);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const upper = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const lower = sorted[Math.ceil(sorted.length / 2) - 1] ?? 0;
  return (lower + upper) / 2;
}

function spread(values: readonly number[], digits = 0): string {
  if (values.length === 0) return '–';
  return `${median(values).toFixed(digits)} [${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}]`;
}

/** Per round, a's req/s over b's. */
function ratios(
  a: readonly (Measurement & { round: number })[],
  b: readonly (Measurement & { round: number })[],
): number[] {
  return a.flatMap((mine) => {
    const theirs = b.find((other) => other.round === mine.round);
    return theirs === undefined || theirs.requestsPerSecond === 0
      ? []
      : [mine.requestsPerSecond / theirs.requestsPerSecond];
  });
}

/** Per round, a's req/s over b's; then their median and range. */
function ratio(
  a: readonly (Measurement & { round: number })[],
  b: readonly (Measurement & { round: number })[],
): string {
  return spread(ratios(a, b), 2);
}

function latency(measurements: readonly Measurement[]): string {
  if (measurements.length === 0) return '–';
  return `${median(measurements.map((m) => m.p50ms))}/${median(measurements.map((m) => m.p99ms))}`;
}

function errors(measurements: readonly Measurement[]): number {
  return measurements.reduce((sum, m) => sum + m.errors, 0);
}

/** Read from the installed package's manifest (some packages do not export it). */
function packageVersion(name: string): string {
  const manifest = fileURLToPath(
    new URL(`../../node_modules/${name}/package.json`, import.meta.url),
  );
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
