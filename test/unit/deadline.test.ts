import { describe, expect, it } from 'vitest';
import { deadlineAfter } from '../../src/neo4j/gateway.js';

describe('a deadline', () => {
  it('aborts its signal once its time is up', async () => {
    const deadline = deadlineAfter(20);
    expect(deadline.signal.aborted).toBe(false);
    await new Promise((resolve) => deadline.signal.addEventListener('abort', resolve));
    // Timers may fire a millisecond early by the wall clock.
    expect(Date.now()).toBeGreaterThanOrEqual(deadline.at - 2);
  });

  it('never aborts once lifted, so work that is done leaves nothing to fire', async () => {
    const deadline = deadlineAfter(20);
    deadline.lift();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(deadline.signal.aborted).toBe(false);
  });
});
