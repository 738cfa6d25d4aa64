/**
 * The load generator's own process (forked once by load-runner.ts): runs one autocannon load per
 * message and answers with its summary, so that the load it makes does not share the contenders'
 * event loop, and no load pays for starting a process.
 */
import autocannon from 'autocannon';

export interface LoadJob {
  readonly url: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly connections: number;
  readonly seconds: number;
}

export interface LoadSummary {
  readonly requestsPerSecond: number;
  /** Requests answered in the whole load. */
  readonly requests: number;
  readonly p50ms: number;
  readonly p99ms: number;
  /** Connection errors (timeouts among them) and answers other than 2xx. */
  readonly errors: number;
}

process.on('message', (job: LoadJob) => {
  void autocannon({
    url: job.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...job.headers },
    ...(job.body === '' ? {} : { body: job.body }),
    connections: job.connections,
    duration: job.seconds,
  }).then((result) => {
    const summary: LoadSummary = {
      requestsPerSecond: result.requests.average,
      requests: result.requests.total,
      p50ms: result.latency.p50,
      p99ms: result.latency.p99,
      errors: result.errors + result.non2xx,
    };
    process.send?.(summary);
  });
});
