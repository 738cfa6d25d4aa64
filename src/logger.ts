/**
 * The application logger: JSON lines for machines, pretty lines on an interactive terminal.
 */
import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger } from 'pino';

export function createLogger(level: Config['logLevel']): Logger {
  return pino({
    name: 'kks-graph',
    level,
    ...(process.stdout.isTTY
      ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname,name' } } }
      : {}),
  });
}
