/**
 * Per-client rate limits per minute (a window that opens at a client's first request): every GraphQL request and export counts against
 * `requestsPerMinute`, and a mutation also against the stricter `mutationsPerMinute`. A client is a
 * curator (by key) or else an address (behind a proxy, as KKS_TRUST_PROXY says). Refused requests get
 * HTTP 429, the code RATE_LIMITED and a Retry-After header; nothing they asked for is done.
 */
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RequestLimits } from '../config.js';
import { problem } from './problem.js';

export const RATE_LIMITED = 'RATE_LIMITED';
const WINDOW_SECONDS = 60;

export class RateLimits {
  private readonly requests: RateLimiterMemory | null;
  private readonly mutations: RateLimiterMemory | null;

  constructor(
    limits: Pick<RequestLimits, 'requestsPerMinute' | 'mutationsPerMinute'>,
    private readonly onRefused: (kind: 'request' | 'mutation') => void = () => undefined,
  ) {
    this.requests = limiter(limits.requestsPerMinute, 'requests');
    this.mutations = limiter(limits.mutationsPerMinute, 'mutations');
  }

  /** Counts a request against its client (`clientOf`), or answers 429. */
  requestLimit(
    clientOf: (
      request: Parameters<RequestHandler>[0],
      response: Parameters<RequestHandler>[1],
    ) => string,
  ): RequestHandler {
    return (request, response, next) => {
      if (this.requests === null) {
        next();
        return;
      }
      this.requests.consume(clientOf(request, response)).then(
        () => next(),
        (refusal: unknown) => {
          if (!(refusal instanceof RateLimiterRes)) {
            next(refusal);
            return;
          }
          this.onRefused('request');
          const seconds = retryAfter(refusal);
          response
            .status(429)
            .set('retry-after', String(seconds))
            .json(problem(RATE_LIMITED, tooMany('requests', this.requests, seconds)));
        },
      );
    };
  }

  /**
   * Counts a mutation against its client.
   * @throws GraphQLError RATE_LIMITED (HTTP 429) when the client has used up its mutations.
   */
  async countMutation(client: string): Promise<void> {
    if (this.mutations === null) return;
    try {
      await this.mutations.consume(client);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      this.onRefused('mutation');
      const seconds = retryAfter(refusal);
      throw new GraphQLError(tooMany('mutations', this.mutations, seconds), {
        extensions: {
          code: RATE_LIMITED,
          http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
        },
      });
    }
  }
}

function limiter(perMinute: number, keyPrefix: string): RateLimiterMemory | null {
  return perMinute === 0
    ? null
    : new RateLimiterMemory({ points: perMinute, duration: WINDOW_SECONDS, keyPrefix });
}

function retryAfter(refusal: RateLimiterRes): number {
  return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
}

function tooMany(what: string, limiter: RateLimiterMemory | null, seconds: number): string {
  return `Too many ${what}: at most ${limiter?.points ?? 0} a minute per client; try again in ${seconds} s`;
}
