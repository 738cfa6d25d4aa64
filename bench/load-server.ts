/**
 * The API under load, as `npm start` runs it (node dist/src/main.js), in a process of its own so
 * that its memory is measured apart from the load generator's. Pointed at the benchmark's
 * throwaway Neo4j, with the rate limits off and only warnings logged.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { BoltTarget } from '../src/neo4j/driver.js';
import { projectPath } from '../src/project-paths.js';
import { freePort } from '../test/support/free-port.js';

/** How the server shows in `ps` while under load. */
export const SERVER_TITLE = 'kks-graph-load-server';
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;
/** pino's numeric levels: 40 warn, 50 error, 60 fatal. */
const PINO_ERROR = 50;

export interface ServerProcess {
  readonly pid: number;
  /** http://127.0.0.1:<port>, without a path. */
  readonly origin: string;
  /** Log lines at error or fatal level, as the server printed them. */
  readonly errorLines: string[];
  /** How many warn lines (a 4xx answer logs one). */
  warnings(): number;
  /** Set once the process has exited: how, and the end of what it wrote to stderr. */
  exit(): {
    readonly code: number | null;
    readonly signal: string | null;
    readonly stderr: string;
  } | null;
  /** SIGTERM, then SIGKILL after 15 s; resolves with the exit code. Safe to call twice. */
  stop(): Promise<number | null>;
}

/**
 * Compiles src/ and seed/ to dist/ (the server runs compiled, as in production).
 * @throws Error carrying the compiler's output when the sources do not compile.
 */
export async function buildServer(): Promise<void> {
  const tsc = projectPath('node_modules', 'typescript', 'bin', 'tsc');
  const child = spawn(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: projectPath(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) throw new Error(`the server does not compile (tsc exit ${code}):\n${output}`);
}

/**
 * Starts the compiled server against `neo4j` and resolves once /readyz answers 200 (its seeder has
 * then found the graph seeded and the database answers).
 * @throws Error with the server's stderr when it exits or is not ready within two minutes.
 */
export async function startServer(neo4j: BoltTarget): Promise<ServerProcess> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // A title of its own: a `pkill -f dist/src/main.js` meant for another server must not stop this one.
  const child = spawn(
    process.execPath,
    [`--title=${SERVER_TITLE}`, projectPath('dist', 'src', 'main.js')],
    {
      cwd: projectPath(),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...toolPaths(),
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
        KKS_REQUESTS_PER_MINUTE: '0',
        KKS_MUTATIONS_PER_MINUTE: '0',
      },
    },
  );
  const errorLines: string[] = [];
  let warnings = 0;
  let stderr = '';
  child.stderr.on(
    'data',
    (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-20_000)),
  );
  createInterface({ input: child.stdout }).on('line', (text) => {
    const level = text.startsWith('{') ? (JSON.parse(text) as { level?: number }).level : 0;
    if ((level ?? 0) >= PINO_ERROR) errorLines.push(text);
    else if (level === 40) warnings += 1;
  });
  let exit: ReturnType<ServerProcess['exit']> = null;
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code, signal) => {
      exit = { code, signal, stderr: stderr.slice(-4000) };
      resolve(code);
    }),
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('the server process did not start');
  const stop = once(() => stopChild(child, exited));
  try {
    await untilReady(origin, exited, () => stderr);
  } catch (error) {
    await stop();
    throw error;
  }
  return { pid, origin, errorLines, warnings: () => warnings, exit: () => exit, stop };
}

/** The resident set of a process in MB, from /proc (Linux); null when it cannot be read. */
export async function residentMb(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

/**
 * The V8 heap the server's JavaScript holds, in MB (nodejs_heap_size_used_bytes of its /metrics):
 * unlike RSS it drops after each collection, so its floor shows what the program keeps. Null when
 * the scrape fails or takes over 2 s.
 */
export async function heapUsedMb(origin: string): Promise<number | null> {
  try {
    const response = await fetch(`${origin}/metrics`, { signal: AbortSignal.timeout(2_000) });
    const bytes = /^nodejs_heap_size_used_bytes (\S+)/m.exec(await response.text())?.[1];
    return bytes === undefined ? null : Number(bytes) / 1024 / 1024;
  } catch {
    return null;
  }
}

/**
 * The server's own count of errors in GraphQL answers, by code (kks_graphql_errors_total): a
 * cross-check of what the load generator saw.
 */
export async function serverErrorCounts(origin: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  const counts: Record<string, number> = {};
  for (const match of text.matchAll(/^kks_graphql_errors_total\{code="([^"]+)"\} (\d+)/gm)) {
    counts[match[1] ?? '?'] = Number(match[2]);
  }
  return counts;
}

async function untilReady(
  origin: string,
  exited: Promise<number | null>,
  stderr: () => string,
): Promise<void> {
  let gone: number | null | undefined;
  void exited.then((code) => (gone = code));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (gone !== undefined) throw new Error(`the server exited with ${gone}:\n${stderr()}`);
    try {
      if ((await fetch(`${origin}/readyz`)).ok) return;
    } catch {
      // Not listening yet: its seeder runs first.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${stderr()}`);
}

async function stopChild(
  child: ChildProcess,
  exited: Promise<number | null>,
): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  const code = await exited;
  clearTimeout(timer);
  return code;
}

function once<T>(run: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= run());
}

/** What finding node needs, and nothing else: no NEO4J_*, PORT or KKS_* of the shell leaks in. */
function toolPaths(): Record<string, string> {
  const names = ['PATH', 'HOME', 'TMPDIR'];
  return Object.fromEntries(
    names.flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name]]])),
  );
}
