/**
 * The project's own Neo4j Community, for when no `NEO4J_URI` is configured: an embedded DBMS with the
 * Bolt connector (neo4j-launcher/), its jars fetched from Maven Central by Maven on first use and
 * cached, bound to 127.0.0.1, with a generated password kept beside the data.
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
const NEO4J_VERSION = '5.26';
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

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
}

export interface LocalNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
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
  const child = spawn(
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
  await waitUntilReady(child);
  return {
    uri: `bolt://127.0.0.1:${options.boltPort}`,
    user: 'neo4j',
    password,
    stop: () => stopProcess(child),
  };
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
