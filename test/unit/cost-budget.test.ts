import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CostBudget } from '../../src/graphql/cost-budget.js';

describe('CostBudget', () => {
  it('holds what fits at once; the rest waits, and light operations pass a waiting heavy one', async () => {
    const budget = new CostBudget(100);
    const first = await budget.acquire(60);
    const admitted: string[] = [];
    const heavy = budget.acquire(60).then((release) => (admitted.push('heavy'), release));
    const light = budget.acquire(10).then((release) => (admitted.push('light'), release));
    const releaseLight = await light;
    expect(admitted).toEqual(['light']);
    expect(budget.used).toBe(70);
    first();
    const releaseHeavy = await heavy;
    expect(admitted).toEqual(['light', 'heavy']);
    expect(budget.used).toBe(70);
    releaseHeavy();
    releaseHeavy();
    releaseLight();
    expect(budget.used).toBe(0);
  });

  it('admits waiters in arrival order when capacity comes back', async () => {
    const budget = new CostBudget(100);
    const running = await budget.acquire(100);
    const admitted: number[] = [];
    const waiters = [50, 50, 50].map((cost, index) =>
      budget.acquire(cost).then((release) => (admitted.push(index), release)),
    );
    running();
    await Promise.all(waiters.slice(0, 2));
    expect(admitted).toEqual([0, 1]);
    expect(budget.used).toBe(100);
    (await waiters[0]!)();
    (await waiters[2]!)();
    expect(admitted).toEqual([0, 1, 2]);
  });

  it('admits an operation costlier than the capacity when nothing else runs', async () => {
    const budget = new CostBudget(100);
    const release = await budget.acquire(150);
    expect(budget.used).toBe(150);
    release();
    expect(budget.used).toBe(0);
  });

  it('gives up with SERVER_BUSY (503) at the deadline, and lets the next waiter in', async () => {
    const budget = new CostBudget(100);
    const running = await budget.acquire(90);
    const deadline = new AbortController();
    const late = budget.acquire(50, deadline.signal);
    const next = budget.acquire(5);
    deadline.abort();
    const refusal = (await late.catch((error: unknown) => error)) as GraphQLError;
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect(refusal.extensions).toEqual({ code: 'SERVER_BUSY', http: { status: 503 } });
    (await next)();
    running();
    expect(budget.used).toBe(0);
  });
});
