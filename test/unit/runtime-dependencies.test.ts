/**
 * `npm start` runs the compiled server and seeder with production dependencies only: every package
 * that src/ or seed/ loads at run time must be a dependency, not a devDependency.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** Value imports and re-exports (type-only ones are erased), dynamic imports, and pino transports. */
const RUNTIME_SPECIFIERS = [
  /^\s*import\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm,
  /^\s*export\s+(?!type\s)[^'";]*?\sfrom\s+'([^']+)'/gm,
  /\bimport\(\s*'([^']+)'\s*\)/g,
  /\btransport:\s*\{\s*target:\s*'([^']+)'/g,
];

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('node:')) return null;
  if (builtinModules.includes(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? null);
}

function runtimePackages(): Map<string, string> {
  const usedBy = new Map<string, string>();
  for (const file of [...sourceFiles('src'), ...sourceFiles('seed')]) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of RUNTIME_SPECIFIERS) {
      for (const match of text.matchAll(pattern)) {
        const name = packageOf(match[1] ?? '');
        if (name !== null && !usedBy.has(name)) usedBy.set(name, path.relative(ROOT, file));
      }
    }
  }
  return usedBy;
}

describe('runtime dependencies', () => {
  it('finds the packages the server loads, including the pretty-log transport', () => {
    const used = runtimePackages();
    expect(used.has('@apollo/server')).toBe(true);
    expect(used.has('neo4j-driver')).toBe(true);
    expect(used.has('pino-pretty')).toBe(true);
  });

  it('lists every package src/ and seed/ load at run time under dependencies', () => {
    const missing = [...runtimePackages()]
      .filter(([name]) => !(name in manifest.dependencies))
      .map(([name, file]) => `${name} (loaded by ${file})`);
    expect(missing).toEqual([]);
  });
});
