/**
 * The project's own Neo4j Community, for when no `NEO4J_URI` is configured: an embedded DBMS with the
 * Bolt connector (neo4j-launcher/), its jars fetched from Maven Central by Maven on first use and
 * cached, bound to 127.0.0.1, with a generated password kept beside the data. When told to supervise
 * it, a JVM that dies is started again, with backoff, on the same port and data.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { projectPath } from '../project-paths.js';

const LAUNCHER_DIR = projectPath('neo4j-launcher');
const LAUNCHER_SOURCES = ['pom.xml', 'src/main/java/kks/neo4j/Launcher.java'];
const BUILD_STAMP = path.join(LAUNCHER_DIR, 'target', 'kks-build.stamp');
const READY_LINE = 'KKS_NEO4J_READY';
const STOPPING_LINE = 'KKS_NEO4J_STOPPING';
const NEO4J_VERSION = '5.26';
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;
/** Restarts wait 1, 2, 4 … up to 30 s; a JVM that ran this long starts the count afresh. */
const FIRST_RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 30_000;
const STABLE_RUN_MS = 60_000;

export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
}

export interface LocalNeo4jOptions {
  readonly dataDir: string;
  readonly boltPort: number;
  readonly heap: string;
  /**
   * Told, before the JVM starts, whether the launcher is cached or is being fetched and built (a
   * first run downloads Neo4j), so a first start is never a silent wait.
   */
  readonly onLauncher?: (message: string) => void;
  /** When given, a JVM that exits without being asked to is restarted, and this is told. */
  readonly supervise?: (event: SupervisionEvent) => void;
}

export type SupervisionEvent =
  /** The JVM began to shut down without being asked to by us (a signal, an operator). */
  | { readonly kind: 'stopping'; readonly pid: number | undefined }
  | { readonly kind: 'exited'; readonly pid: number | undefined; readonly reason: string }
  | { readonly kind: 'restarting'; readonly attempt: number; readonly delayMs: number }
  | { readonly kind: 'restarted'; readonly pid: number | undefined; readonly ms: number }
  | { readonly kind: 'restart-failed'; readonly error: Error };

export interface LocalNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** The running JVM's process id. */
  readonly pid: number | undefined;
  /** Shuts the database down cleanly; resolves once the JVM has exited. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Builds the launcher if its sources changed, then starts the database and waits for Bolt.
 * @throws LocalNeo4jError when Java or Maven is missing, the port is taken, or Neo4j fails to start
 *   (the message carries the end of its output).
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  await ensureLauncherBuilt(options.onLauncher ?? (() => undefined));
  await assertPortFree(options.boltPort);
  await mkdir(options.dataDir, { recursive: true });
  const password = await readOrCreatePassword(options.dataDir);
  const launch = async () => {
    const child = spawnJvm(options, password);
    await waitUntilReady(child);
    return child;
  };
  const jvm = new Jvm(launch, await launch(), options.supervise);
  return {
    uri: `bolt://127.0.0.1:${options.boltPort}`,
    user: 'neo4j',
    password,
    get pid() {
      return jvm.pid;
    },
    stop: () => jvm.stop(),
  };
}

function spawnJvm(options: LocalNeo4jOptions, password: string): ChildProcessWithoutNullStreams {
  return spawn(
    javaExecutable(),
    [
      `-Xmx${options.heap}`,
      '-XX:+UseG1GC',
      '-cp',
      [
        path.join(LAUNCHER_DIR, 'target', 'classes'),
        path.join(LAUNCHER_DIR, 'target', 'lib', '*'),
      ].join(path.delimiter),
      'kks.neo4j.Launcher',
    ],
    {
      env: {
        ...process.env,
        KKS_NEO4J_HOME: path.join(options.dataDir, 'neo4j'),
        KKS_NEO4J_PORT: String(options.boltPort),
        KKS_NEO4J_PASSWORD: password,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
}

/** The running JVM, and, when supervised, its restarts. */
class Jvm {
  private stopping = false;
  private failures = 0;
  private restartTimer: NodeJS.Timeout | null = null;
  private restarting: Promise<void> | null = null;
  private child!: ChildProcessWithoutNullStreams;

  constructor(
    private readonly launch: () => Promise<ChildProcessWithoutNullStreams>,
    first: ChildProcessWithoutNullStreams,
    private readonly supervise: ((event: SupervisionEvent) => void) | undefined,
  ) {
    this.watch(first);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    await this.restarting;
    await stopProcess(this.child);
  }

  private watch(child: ChildProcessWithoutNullStreams): void {
    this.child = child;
    const startedAt = Date.now();
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.trim() === STOPPING_LINE && !this.stopping) {
        this.supervise?.({ kind: 'stopping', pid: child.pid });
      }
    });
    child.once('exit', (code, signal) => {
      if (this.stopping || !this.supervise) return;
      if (Date.now() - startedAt >= STABLE_RUN_MS) this.failures = 0;
      const reason = signal ? `signal ${signal}` : `exit code ${code}`;
      this.supervise({ kind: 'exited', pid: child.pid, reason });
      this.scheduleRestart(this.supervise);
    });
  }

  private scheduleRestart(supervise: (event: SupervisionEvent) => void): void {
    const delayMs = Math.min(MAX_RESTART_DELAY_MS, FIRST_RESTART_DELAY_MS * 2 ** this.failures);
    this.failures += 1;
    supervise({ kind: 'restarting', attempt: this.failures, delayMs });
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      this.restarting = this.restart(supervise).finally(() => {
        this.restarting = null;
      });
    }, delayMs);
  }

  private async restart(supervise: (event: SupervisionEvent) => void): Promise<void> {
    const started = Date.now();
    try {
      const child = await this.launch();
      this.watch(child);
      if (this.stopping) return;
      supervise({ kind: 'restarted', pid: child.pid, ms: Date.now() - started });
    } catch (error) {
      if (this.stopping) return;
      supervise({ kind: 'restart-failed', error: error as Error });
      this.scheduleRestart(supervise);
    }
  }
}

async function ensureLauncherBuilt(report: (message: string) => void): Promise<void> {
  const fingerprint = await sourcesFingerprint();
  const built = existsSync(BUILD_STAMP) ? await readFile(BUILD_STAMP, 'utf8') : '';
  if (built === fingerprint) {
    report(
      `Neo4j ${NEO4J_VERSION} launcher cached in ${path.relative(process.cwd(), LAUNCHER_DIR) || '.'}`,
    );
    return;
  }
  report(
    `building the Neo4j ${NEO4J_VERSION} launcher with Maven (a first run downloads about 150 MB)`,
  );
  await run(mavenExecutable(), [
    '-B',
    '-q',
    '-f',
    path.join(LAUNCHER_DIR, 'pom.xml'),
    'compile',
    'dependency:copy-dependencies',
    '-DoutputDirectory=target/lib',
    '-DincludeScope=runtime',
  ]);
  await writeFile(BUILD_STAMP, fingerprint);
}

async function sourcesFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const source of LAUNCHER_SOURCES)
    hash.update(await readFile(path.join(LAUNCHER_DIR, source)));
  return hash.digest('hex');
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'neo4j-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  if (existsSync(path.join(dataDir, 'neo4j'))) {
    throw new LocalNeo4jError(
      `${file} is missing but ${dataDir} holds a database set up with it; restore the file, or delete ${dataDir} to start afresh`,
    );
  }
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

function javaExecutable(): string {
  const javaHome = process.env['JAVA_HOME'];
  return javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
}

function mavenExecutable(): string {
  return process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () =>
      reject(
        new LocalNeo4jError(
          `KKS_NEO4J_PORT ${port} is already in use on 127.0.0.1; choose another port or point NEO4J_URI at the running server`,
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = new OutputTail();
    child.stdout.on('data', (chunk: Buffer) => output.add(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.add(chunk));
    child.once('error', (error) =>
      reject(
        new LocalNeo4jError(
          `cannot run ${command} (${error.message}); install it or set NEO4J_URI`,
        ),
      ),
    );
    child.once('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new LocalNeo4jError(
              `${command} ${args.join(' ')} exited with ${code}:\n${output.text()}`,
            ),
          ),
    );
  });
}

function waitUntilReady(child: ChildProcessWithoutNullStreams): Promise<void> {
  const output = new OutputTail();
  child.stderr.on('data', (chunk: Buffer) => output.add(chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new LocalNeo4jError(
          `Neo4j did not start within ${START_TIMEOUT_MS / 1000} s:\n${output.text()}`,
        ),
      );
    }, START_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (line.trim() === READY_LINE) {
        clearTimeout(timer);
        resolve();
      } else {
        output.add(Buffer.from(`${line}\n`));
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(
        new LocalNeo4jError(`cannot run java (${error.message}); install JDK 17+ or set NEO4J_URI`),
      );
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      reject(
        new LocalNeo4jError(`Neo4j exited with ${code} before it was ready:\n${output.text()}`),
      );
    });
  });
}

async function stopProcess(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Closing stdin asks the launcher to shut down; SIGTERM does the same for a JVM that is not reading.
  child.stdin.end();
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** The last few kilobytes a process printed: enough to explain a failure in an error message. */
class OutputTail {
  private tail = '';

  add(chunk: Buffer): void {
    this.tail = (this.tail + chunk.toString('utf8')).slice(-4000);
  }

  text(): string {
    return this.tail.trim();
  }
}
