/**
 * The deadline of the request `response` answers. It is lifted once the answer is sent, so that a
 * finished request leaves no timer behind, and not when the client goes away: the work of a request
 * whose client has left still stops at the deadline.
 */
import type { ServerResponse } from 'node:http';
import { deadlineAfter, type Deadline } from '../neo4j/gateway.js';

export function deadlineOfAnswer(response: ServerResponse, ms: number): Deadline {
  const deadline = deadlineAfter(ms);
  response.once('finish', deadline.lift);
  return deadline;
}
