/**
 * Runs the seed CLI (`kks seed`) as a child process against the test database, the way a user runs
 * `npm run seed` with NEO4J_URI set.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface SeedProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number | null>;
  stdout(): string;
  stderr(): string;
}

export function startSeedProcess(args: readonly string[] = []): SeedProcess {
  const database = inject('neo4j');
  const child = spawn(process.execPath, ['dist/seed/cli.js', 'seed', ...args], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      NEO4J_URI: database.uri,
      NEO4J_USER: database.user,
      NEO4J_PASSWORD: database.password,
    },
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
