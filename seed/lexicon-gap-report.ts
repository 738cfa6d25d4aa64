/**
 * `kks seed --lexicon-gaps`: the lexicon-gap report over the seed's own passages and lexicon,
 * read as seeding reads them, against the general Dutch baseline in seed/data. Needs no database.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectPath } from '../src/project-paths.js';
import {
  allLexiconLabels,
  lexiconGaps,
  parseBaseline,
  type GapOptions,
  type LexiconGap,
} from './pipeline/lexicon-gaps.js';
import { essayPassages } from './pipeline/essay-passages.js';
import { readCorpus, readInputs, type SeedSources } from './seed-graph.js';

/** wordfreq's Dutch word forms (see seed/data/README.md); the same whatever --seed-dir says. */
export const BASELINE_FILE = projectPath('seed', 'data', 'dutch-word-frequencies.tsv');

/**
 * @throws the errors of readInputs and readCorpus when a seed input is missing or invalid, and
 *   BaselineError when the baseline file is malformed.
 */
export async function lexiconGapReport(
  sources: SeedSources,
  options: GapOptions,
): Promise<LexiconGap[]> {
  const { lexicon, essays } = readCorpus(await readInputs(sources));
  const passages = essays.flatMap(essayPassages);
  const baseline = parseBaseline(
    await readFile(BASELINE_FILE, 'utf8'),
    path.relative(process.cwd(), BASELINE_FILE),
  );
  return lexiconGaps(passages, allLexiconLabels(lexicon), baseline, options);
}

const EXAMPLE_WIDTH = 72;

/** The report as a table: one term a line, its example sentence shortened to fit. */
export function formatGapTable(gaps: readonly LexiconGap[]): string {
  const header = ['#', 'term', 'stem', 'count', 'passages', 'G²', 'page', 'example'];
  const rows = gaps.map((gap, index) => [
    String(index + 1),
    gap.surface,
    gap.stem,
    String(gap.count),
    String(gap.passages),
    gap.g2.toFixed(1),
    String(gap.example.page),
    gap.example.sentence.length > EXAMPLE_WIDTH
      ? `${gap.example.sentence.slice(0, EXAMPLE_WIDTH - 1)}…`
      : gap.example.sentence,
  ]);
  const numeric = new Set([0, 3, 4, 5, 6]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] as string).length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const width = widths[column] as number;
        if (column === cells.length - 1) return cell;
        return numeric.has(column) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ');
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
