/**
 * `kks seed --lexicon-gaps` as a user runs it, compiled, with a NEO4J_URI where nothing listens: the
 * report reads only the seed files, so it must finish without a database.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function kks(...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['dist/seed/cli.js', 'seed', ...args],
      {
        cwd: ROOT,
        env: {
          PATH: process.env['PATH'] ?? '',
          NEO4J_URI: 'bolt://127.0.0.1:1',
          NEO4J_PASSWORD: 'no-database-here',
        },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('kks seed --lexicon-gaps', () => {
  it('prints the 30 most salient unlabelled terms as a table, without a database', async () => {
    const run = await kks('--lexicon-gaps');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const [header, ...rows] = run.stdout.trimEnd().split('\n');
    expect(header?.split(/\s{2,}/).map((cell) => cell.trim())).toEqual([
      '#',
      'term',
      'stem',
      'count',
      'passages',
      'G²',
      'page',
      'example',
    ]);
    expect(rows).toHaveLength(30);
    rows.forEach((row, index) => {
      expect(row).toMatch(new RegExp(`^\\s*${index + 1}  \\S`));
    });
    // "regionale" is in no label; "weerbaarheid", a theme and a concept, would rank sixth if it were not.
    expect(rows.some((row) => /^\s*\d+ {2}regionale {2,}regional /.test(row))).toBe(true);
    expect(rows.some((row) => / weerbar /.test(row))).toBe(false);
  });

  it('prints the terms as JSON with --json, as many as --top asks, most salient first', async () => {
    const run = await kks('--lexicon-gaps', '--json', '--top', '45');
    expect(run.code).toBe(0);
    const gaps = JSON.parse(run.stdout) as {
      stem: string;
      surface: string;
      count: number;
      passages: number;
      g2: number;
      example: { sentence: string; page: number };
    }[];
    expect(gaps).toHaveLength(45);
    for (const gap of gaps) {
      expect(Object.keys(gap)).toEqual(['stem', 'surface', 'count', 'passages', 'g2', 'example']);
      expect(gap.count).toBeGreaterThanOrEqual(3);
      expect(gap.passages).toBeGreaterThanOrEqual(1);
      expect(gap.passages).toBeLessThanOrEqual(gap.count);
      expect(gap.g2).toBeGreaterThan(0);
      expect(gap.example.sentence.toLowerCase()).toContain(gap.surface.toLowerCase());
      expect(gap.example.page).toBeGreaterThanOrEqual(4);
    }
    expect(gaps.map((gap) => gap.g2)).toEqual(gaps.map((gap) => gap.g2).sort((a, b) => b - a));
    expect(gaps.find((gap) => gap.stem === 'regional')).toMatchObject({ surface: 'regionale' });
    expect(gaps.map((gap) => gap.stem)).not.toContain('weerbar');
  });

  it('refuses a --top that is no positive whole number, and --json without --lexicon-gaps', async () => {
    const zero = await kks('--lexicon-gaps', '--top', '0');
    expect(zero.code).not.toBe(0);
    expect(zero.stderr).toContain(`option '--top <n>' argument '0' is invalid`);
    expect(zero.stdout).toBe('');
    const stray = await kks('--json');
    expect(stray.code).toBe(1);
    expect(stray.stderr).toBe('kks: --top and --json belong to --lexicon-gaps\n');
  });
});
