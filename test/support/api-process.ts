/**
 * Runs the API the way `npm start` does (node dist/src/main.js, compiled by the test setup) as a
 * child process, reads its JSON log lines, and stops it with a signal.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface LogLine {
  readonly level: number;
  readonly stage?: string;
  readonly msg: string;
}

export interface ApiProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly lines: LogLine[];
  /** Anything printed to stdout that is not a JSON log line. */
  readonly otherLines: string[];
  readonly stderr: () => string;
  /** Resolves with the GraphQL URL once the API logs that it listens. */
  readonly listening: Promise<string>;
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Stops the process (SIGTERM, so it stops its own Neo4j too) unless it has exited already. */
  stopIfRunning(): Promise<void>;
  readonly exited: Promise<number | null>;
}

export function startApiProcess(env: Record<string, string>): ApiProcess {
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: ROOT,
    env: { ...inheritedToolPaths(), ...env },
  });
  const lines: LogLine[] = [];
  const otherLines: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code) => resolve(code)),
  );
  const listening = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (text) => {
      if (!text.startsWith('{')) {
        otherLines.push(text);
        return;
      }
      const line = JSON.parse(text) as LogLine;
      lines.push(line);
      const url =
        line.stage === 'listening' ? /(http:\/\/\S+\/graphql)/.exec(line.msg)?.[1] : undefined;
      if (url) resolve(url);
    });
    void exited.then((code) =>
      reject(new Error(`API exited with ${code} before listening:\n${stderr}`)),
    );
  });
  // A test that expects the process to fail never awaits `listening`; that rejection is expected.
  listening.catch(() => undefined);
  return {
    child,
    lines,
    otherLines,
    stderr: () => stderr,
    listening,
    exited,
    stop: (signal = 'SIGTERM') => {
      child.kill(signal);
      return exited;
    },
    stopIfRunning: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function postQuery(url: string, query: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as Record<string, unknown>;
}

/** Only what finding java, mvn and node needs: no NEO4J_* or PORT of the developer's shell leaks in. */
function inheritedToolPaths(): Record<string, string> {
  const names = ['PATH', 'HOME', 'JAVA_HOME', 'MAVEN_OPTS', 'TMPDIR'];
  return Object.fromEntries(
    names.flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name]]])),
  );
}
