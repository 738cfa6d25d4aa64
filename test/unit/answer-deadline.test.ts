import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { deadlineOfAnswer } from '../../src/http/answer-deadline.js';
import type { Deadline } from '../../src/neo4j/gateway.js';

const DEADLINE_MS = 100;
let server: http.Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** A server that takes each request's deadline, answers after `answerAfterMs`, and tells it. */
async function serving(
  answerAfterMs: number,
): Promise<{ url: string; deadline: Promise<Deadline> }> {
  let told: (deadline: Deadline) => void = () => undefined;
  const deadline = new Promise<Deadline>((resolve) => (told = resolve));
  server = http.createServer((_request, response) => {
    told(deadlineOfAnswer(response, DEADLINE_MS));
    setTimeout(() => response.end('answer'), answerAfterMs);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, deadline };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a request's deadline", () => {
  it('is lifted once the answer is sent: nothing fires at the deadline', async () => {
    const { url, deadline } = await serving(0);
    expect(await (await fetch(url)).text()).toBe('answer');
    await pause(DEADLINE_MS * 2);
    expect((await deadline).signal.aborted).toBe(false);
  });

  it('still stops the work of a request whose client went away before the answer', async () => {
    const { url, deadline } = await serving(DEADLINE_MS * 3);
    const client = new AbortController();
    const asked = fetch(url, { signal: client.signal }).catch(() => 'gone');
    const { signal } = await deadline;
    client.abort();
    expect(await asked).toBe('gone');
    await pause(DEADLINE_MS * 2);
    expect(signal.aborted).toBe(true);
  });
});
