/**
 * How much cost the server works on at once. Each operation holds its cost (cost.ts) from the moment
 * it is priced until it is answered; one that would take the total past the capacity waits, until
 * its deadline, for enough to be given back. So however many heavy operations arrive together, only
 * a few build their answers at a time and memory stays bounded, while light ones, which fit beside
 * them, pass at once instead of queueing behind them.
 */
import { GraphQLError } from 'graphql';

export const SERVER_BUSY = 'SERVER_BUSY';

interface Waiter {
  readonly cost: number;
  readonly admit: () => void;
}

export class CostBudget {
  private inFlight = 0;
  private readonly waiting: Waiter[] = [];

  constructor(readonly capacity: number) {}

  /** The cost of the operations being worked on now. */
  get used(): number {
    return this.inFlight;
  }

  /**
   * Waits until `cost` fits, then holds it; resolves with the function that gives it back (safe to
   * call twice). An operation costlier than the whole capacity runs when nothing else does.
   * @throws GraphQLError SERVER_BUSY (HTTP 503) when `signal` aborts first.
   */
  async acquire(cost: number, signal?: AbortSignal): Promise<() => void> {
    if (this.fits(cost)) this.inFlight += cost;
    // A waiter's cost is held for it when it is admitted.
    else await this.wait(cost, signal);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight -= cost;
      this.admitWaiting();
    };
  }

  private fits(cost: number): boolean {
    return this.inFlight === 0 || this.inFlight + cost <= this.capacity;
  }

  private wait(cost: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        cost,
        admit: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        this.admitWaiting();
        reject(
          new GraphQLError(
            'The server is busy with other large operations and this one ran out of time waiting; try again shortly, or ask for less',
            { extensions: { code: SERVER_BUSY, http: { status: 503 } } },
          ),
        );
      };
      if (signal?.aborted) {
        onAbort();
        return;
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  /** Admits, in arrival order, every waiter that fits. */
  private admitWaiting(): void {
    for (const waiter of [...this.waiting]) {
      if (!this.fits(waiter.cost)) continue;
      this.waiting.splice(this.waiting.indexOf(waiter), 1);
      // Held here, so that the next waiter is measured against it.
      this.inFlight += waiter.cost;
      waiter.admit();
    }
  }
}
