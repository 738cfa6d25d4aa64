/**
 * Runs the seed CLI (`kks seed`) as a child process against the test database, the way a user runs
 * `npm run seed` with NEO4J_URI set.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { databaseEnv } from './test-database.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface SeedProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number | null>;
  stdout(): string;
  stderr(): string;
}

export function startSeedProcess(args: readonly string[] = []): SeedProcess {
  const child = spawn(process.execPath, ['dist/seed/cli.js', 'seed', ...args], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', ...databaseEnv() },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code) => resolve(code)),
  );
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}
