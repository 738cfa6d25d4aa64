/**
 * What the load generator saw, per phase and per operation: status codes, GraphQL errors by
 * `extensions.code`, and latencies. A 200 with `errors` in its body is an error too: GraphQL
 * reports most failures that way.
 */

/** Codes that are the server's fault, not the request's: any of them fails the run. */
export const SERVER_ERROR_CODES: ReadonlySet<string> = new Set([
  'INTERNAL_SERVER_ERROR',
  'DATABASE_ERROR',
  'DATABASE_UNAVAILABLE',
  'TIMEOUT',
]);

interface OperationTally {
  count: number;
  latencies: number[];
  errors: number;
}

export interface OperationSummary {
  readonly operation: string;
  readonly requests: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
}

export class Tally {
  readonly statusCodes = new Map<number, number>();
  readonly errorCodes = new Map<string, number>();
  private readonly operations = new Map<string, OperationTally>();
  /** Responses with an error status or GraphQL errors (a response with two errors counts once). */
  failedResponses = 0;
  /** Responses with a 5xx status or a server-side error code (SERVER_ERROR_CODES). */
  serverFailures = 0;

  /** Records one answer of `operation`; returns whether it was an error. */
  response(operation: string, status: number, body: string): boolean {
    this.statusCodes.set(status, (this.statusCodes.get(status) ?? 0) + 1);
    const codes = errorCodes(body);
    if ((status < 200 || status >= 300) && codes.length === 0) codes.push(`HTTP_${status}`);
    for (const code of codes) this.errorCodes.set(code, (this.errorCodes.get(code) ?? 0) + 1);
    const failed = codes.length > 0;
    const tally = this.operation(operation);
    tally.count += 1;
    if (failed) {
      tally.errors += 1;
      this.failedResponses += 1;
    }
    if (status >= 500 || codes.some((code) => SERVER_ERROR_CODES.has(code))) {
      this.serverFailures += 1;
    }
    return failed;
  }

  latency(operation: string, ms: number): void {
    this.operation(operation).latencies.push(ms);
  }

  /** GraphQL errors (and error statuses without a body), by code. */
  codes(): Record<string, number> {
    return Object.fromEntries([...this.errorCodes].sort(([a], [b]) => a.localeCompare(b)));
  }

  non2xx(): number {
    let count = 0;
    for (const [status, n] of this.statusCodes) if (status < 200 || status >= 300) count += n;
    return count;
  }

  /** Adds another tally's counts and latencies into this one. */
  merge(other: Tally): void {
    for (const [status, n] of other.statusCodes)
      this.statusCodes.set(status, (this.statusCodes.get(status) ?? 0) + n);
    for (const [code, n] of other.errorCodes)
      this.errorCodes.set(code, (this.errorCodes.get(code) ?? 0) + n);
    for (const [name, tally] of other.operations) {
      const mine = this.operation(name);
      mine.count += tally.count;
      mine.errors += tally.errors;
      for (const ms of tally.latencies) mine.latencies.push(ms);
    }
    this.failedResponses += other.failedResponses;
    this.serverFailures += other.serverFailures;
  }

  summary(): OperationSummary[] {
    return [...this.operations]
      .map(([operation, tally]) => {
        const sorted = Float64Array.from(tally.latencies).sort();
        return {
          operation,
          requests: tally.count,
          p50Ms: round(percentile(sorted, 0.5)),
          p99Ms: round(percentile(sorted, 0.99)),
          errors: tally.errors,
        };
      })
      .sort((a, b) => b.requests - a.requests);
  }

  private operation(name: string): OperationTally {
    let tally = this.operations.get(name);
    if (!tally) {
      tally = { count: 0, latencies: [], errors: 0 };
      this.operations.set(name, tally);
    }
    return tally;
  }
}

/**
 * The `extensions.code` of each error in a GraphQL answer. Only a body holding `"errors":` is
 * parsed: inside a JSON string a quote is escaped, so that text can only be a key, and parsing
 * every large answer would cost the load generator the CPU it shares with the server.
 */
export function errorCodes(body: string): string[] {
  if (!body.includes('"errors":')) return [];
  let parsed: { errors?: { extensions?: { code?: unknown } }[] };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return ['UNPARSABLE_BODY'];
  }
  return (parsed.errors ?? []).map((error) =>
    typeof error.extensions?.code === 'string' ? error.extensions.code : 'NO_CODE',
  );
}

export function percentile(sorted: ArrayLike<number>, share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

export function round(value: number, digits = 1): number {
  return Number(value.toFixed(digits));
}
