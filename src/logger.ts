/**
 * The application logger: JSON lines for machines, pretty lines on an interactive terminal.
 */
import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger } from 'pino';

export function createLogger(level: Config['logLevel']): Logger {
  const options = { name: 'kks-graph', level };
  if (process.stdout.isTTY) {
    return pino({
      ...options,
      transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname,name' } },
    });
  }
  // Written synchronously: pino's default asynchronous stream can lose the last lines (such as
  // "stopped cleanly") to a process.exit that comes while a write is in flight.
  return pino(options, pino.destination({ dest: 1, sync: true }));
}
