/**
 * The server's resident memory over a load run, sampled every second, and whether it trends up;
 * its V8 heap beside it, to tell what the program keeps from what the allocator holds on to.
 *
 * RSS steps up when concurrency does (50 requests in flight hold more than 1), so a single line
 * through the whole run would read the step from 1 to 50 connections as a leak. The trend is
 * therefore taken within each phase, after the phase's warm-up, and the phases are pooled into one
 * slope (one regression with an intercept per phase): a leak grows memory in every phase, a step
 * does not.
 */
import { heapUsedMb, residentMb } from './load-server.js';

export interface RssSample {
  /** Seconds since the sampler started. */
  readonly t: number;
  readonly phase: string;
  readonly serverMb: number | null;
  /** The server's V8 heap in use, for context; not judged. */
  readonly heapUsedMb: number | null;
  /** The Neo4j JVM's RSS, for context; not judged. */
  readonly neo4jMb: number | null;
}

/** A phase of the run, in the sampler's seconds. */
export interface PhaseWindow {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export class RssSampler {
  readonly samples: RssSample[] = [];
  phase = 'idle';
  private timer: NodeJS.Timeout | undefined;
  private readonly origin = performance.now();

  constructor(
    private readonly serverPid: number,
    private readonly serverOrigin: string,
    private readonly neo4jPid: () => number | undefined,
  ) {}

  /** Seconds since the sampler was made. */
  now(): number {
    return (performance.now() - this.origin) / 1000;
  }

  async start(): Promise<void> {
    await this.sample();
    this.timer = setInterval(() => void this.sample(), 1000);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  latestMb(): number | null {
    return this.samples.at(-1)?.serverMb ?? null;
  }

  private async sample(): Promise<void> {
    const t = this.now();
    const phase = this.phase;
    const neo4j = this.neo4jPid();
    const [serverMb, heap, neo4jMb] = await Promise.all([
      residentMb(this.serverPid),
      heapUsedMb(this.serverOrigin),
      neo4j === undefined ? null : residentMb(neo4j),
    ]);
    this.samples.push({
      t: round(t, 2),
      phase,
      serverMb: mb(serverMb),
      heapUsedMb: mb(heap),
      neo4jMb: mb(neo4jMb),
    });
  }
}

/** A phase's warm-up: its first quarter, at most 30 s. Memory settles at a new level meanwhile. */
export function warmUpSeconds(phase: PhaseWindow): number {
  return Math.min(30, (phase.end - phase.start) / 4);
}

/**
 * Below this pooled slope of RSS's floor, in MB a minute, memory is flat. The floor (least RSS in
 * each 10 s) takes the garbage collector's sawtooth out; what is left over ten minutes is V8 sizing
 * its heap, which two 10-minute runs measured at 0.5-1.1 MB/min with a flat heap floor.
 */
export const MAX_SLOPE_MB_PER_MIN = 2;
/** Nor may a phase end more than this share above where it started (after its warm-up). */
export const MAX_PHASE_GROWTH = 0.1;
/** A shorter analysed phase is mostly garbage-collector sawtooth: no verdict. */
export const MIN_JUDGED_SECONDS = 60;

export interface PhaseTrend {
  readonly phase: string;
  readonly analysedSeconds: number;
  readonly slopeMbPerMin: number;
  /** Median RSS of the first minute (or half) after the warm-up, and of the last. */
  readonly firstMb: number;
  readonly lastMb: number;
  readonly growthPct: number;
  /** Slope of the heap's floor (its least value in each 10 s): what the program keeps. */
  readonly heapFloorSlopeMbPerMin: number;
}

export interface RssTrend {
  readonly startMb: number;
  readonly endMb: number;
  readonly maxMb: number;
  /** One line from the end of the first phase's warm-up to the end: steps between phases included. */
  readonly overallSlopeMbPerMin: number;
  /** Within phases, after each warm-up, pooled; context. */
  readonly pooledSlopeMbPerMin: number;
  /** The same, of RSS's floor in each 10 s (the garbage collector's sawtooth taken out): what the verdict reads. */
  readonly floorSlopeMbPerMin: number;
  /** The same, of the V8 heap's floor in each 10 s; context. */
  readonly heapFloorSlopeMbPerMin: number;
  readonly phases: readonly PhaseTrend[];
  readonly verdict: 'flat' | 'growing' | 'not judged';
  readonly rule: string;
}

export function rssTrend(samples: readonly RssSample[], phases: readonly PhaseWindow[]): RssTrend {
  const points = series(samples, (s) => s.serverMb);
  const heap = series(samples, (s) => s.heapUsedMb);
  const analysed = phases.map((phase) => ({
    phase: phase.name,
    from: phase.start + warmUpSeconds(phase),
    to: phase.end,
  }));
  const within = (list: readonly Point[], w: (typeof analysed)[number]) =>
    list.filter((p) => p.t >= w.from && p.t <= w.to);
  const windows = analysed.map((w) => ({
    phase: w.phase,
    seconds: w.to - w.from,
    points: within(points, w),
    heapFloors: floors(within(heap, w)),
  }));
  const trends = windows.map(({ phase, seconds, points: window, heapFloors }) => {
    const span = Math.min(60, seconds / 2);
    const end = window.at(-1)?.t ?? 0;
    const begin = window[0]?.t ?? 0;
    const firstMb = median(window.filter((p) => p.t <= begin + span).map((p) => p.mb));
    const lastMb = median(window.filter((p) => p.t >= end - span).map((p) => p.mb));
    return {
      phase,
      analysedSeconds: round(seconds, 0),
      slopeMbPerMin: round(slope([window]) * 60, 2),
      firstMb: round(firstMb, 1),
      lastMb: round(lastMb, 1),
      growthPct: round(firstMb === 0 ? 0 : ((lastMb - firstMb) / firstMb) * 100, 1),
      heapFloorSlopeMbPerMin: round(slope([heapFloors]) * 60, 2),
    };
  });
  const firstPhase = phases[0];
  const after = firstPhase ? firstPhase.start + warmUpSeconds(firstPhase) : 0;
  const pooled = round(slope(windows.map((w) => w.points)) * 60, 2);
  const floorSlope = round(slope(windows.map((w) => floors(w.points))) * 60, 2);
  const judged = windows.length > 0 && windows.every((w) => w.seconds >= MIN_JUDGED_SECONDS);
  const growing =
    floorSlope >= MAX_SLOPE_MB_PER_MIN || trends.some((t) => t.growthPct > MAX_PHASE_GROWTH * 100);
  const rule = `flat when the pooled within-phase slope of RSS's 10 s floor is under ${MAX_SLOPE_MB_PER_MIN} MB/min and no phase ends over ${MAX_PHASE_GROWTH * 100}% above its first minute (judged only when every phase has ${MIN_JUDGED_SECONDS} s or more after its warm-up)`;
  return {
    startMb: points[0]?.mb ?? 0,
    endMb: points.at(-1)?.mb ?? 0,
    maxMb: Math.max(0, ...points.map((p) => p.mb)),
    overallSlopeMbPerMin: round(slope([points.filter((p) => p.t >= after)]) * 60, 2),
    pooledSlopeMbPerMin: pooled,
    floorSlopeMbPerMin: floorSlope,
    heapFloorSlopeMbPerMin: round(slope(windows.map((w) => w.heapFloors)) * 60, 2),
    phases: trends,
    verdict: judged ? (growing ? 'growing' : 'flat') : 'not judged',
    rule,
  };
}

interface Point {
  readonly t: number;
  readonly mb: number;
}

function series(samples: readonly RssSample[], value: (s: RssSample) => number | null): Point[] {
  return samples.flatMap((s) => {
    const mb = value(s);
    return mb === null ? [] : [{ t: s.t, mb }];
  });
}

/** The least value of each `seconds`-long stretch, at the stretch's middle. */
function floors(points: readonly Point[], seconds = 10): Point[] {
  const buckets = new Map<number, Point[]>();
  const start = points[0]?.t ?? 0;
  for (const p of points) {
    const key = Math.floor((p.t - start) / seconds);
    buckets.set(key, [...(buckets.get(key) ?? []), p]);
  }
  return [...buckets].map(([key, bucket]) => ({
    t: start + (key + 0.5) * seconds,
    mb: Math.min(...bucket.map((p) => p.mb)),
  }));
}

/**
 * Least-squares slope (MB a second) shared by several groups of points, each with an intercept of
 * its own; with one group, the ordinary regression slope. 0 when there is nothing to fit.
 */
export function slope(groups: readonly (readonly Point[])[]): number {
  let num = 0;
  let den = 0;
  for (const group of groups) {
    if (group.length < 2) continue;
    const meanT = group.reduce((sum, p) => sum + p.t, 0) / group.length;
    const meanMb = group.reduce((sum, p) => sum + p.mb, 0) / group.length;
    for (const p of group) {
      num += (p.t - meanT) * (p.mb - meanMb);
      den += (p.t - meanT) ** 2;
    }
  }
  return den === 0 ? 0 : num / den;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function mb(value: number | null): number | null {
  return value === null ? null : round(value, 1);
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
