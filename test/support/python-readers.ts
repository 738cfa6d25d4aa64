/**
 * Independent readers of the exports, from another ecosystem: networkx for GraphML and GEXF, rdflib
 * for Turtle, Python's csv and json modules for the rest. The first use installs them from PyPI
 * into a virtual environment of the project's own (.venv-test, git-ignored).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VENV = path.join(ROOT, '.venv-test');
const PYTHON = path.join(VENV, 'bin', 'python');
const READER = fileURLToPath(new URL('read_export.py', import.meta.url));
const PACKAGES = ['networkx>=3.2', 'rdflib>=7.0'];

let ready: Promise<void> | undefined;

/** Creates the virtual environment with the readers, once per run; a second run reuses it. */
export function ensurePythonReaders(): Promise<void> {
  ready ??= (async () => {
    if (existsSync(PYTHON)) {
      try {
        await run(PYTHON, ['-c', 'import networkx, rdflib']);
        return;
      } catch {
        // Half installed: install again below.
      }
    }
    await run('python3', ['-m', 'venv', VENV]);
    await run(
      PYTHON,
      ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', ...PACKAGES],
      {
        timeout: 300_000,
      },
    );
  })();
  return ready;
}

/** What the Python readers find in `content`, written to a file of the given kind first. */
export async function readExport<T>(kind: string, content: string): Promise<T> {
  await ensurePythonReaders();
  const folder = await mkdtemp(path.join(tmpdir(), 'kks-export-'));
  const file = path.join(folder, `export.${kind}`);
  try {
    await writeFile(file, content, 'utf8');
    const { stdout } = await run(PYTHON, [READER, kind, file], { maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout) as T;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
