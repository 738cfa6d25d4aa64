/**
 * `npm run seed` (kks seed): validates every seed input, writes the graph idempotently, and prints
 * the node and relationship counts. Uses NEO4J_URI when set, else starts the project's own Neo4j.
 * `npm run seed -- --lexicon-gaps` writes nothing and needs no database: it prints the lexicon-gap
 * report (seed/lexicon-gap-report.ts).
 * `npm start` runs it as `kks seed --if-stale --summary` and logs its one summary line.
 * `npm run ingest -- <file.pdf>` (kks ingest) drafts an essay from its PDF for review
 * (seed/ingest-essay.ts); it needs no database.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { ConfigError, loadConfig } from '../src/config.js';
import { openDatabase } from '../src/database.js';
import { formatGapTable, lexiconGapReport } from './lexicon-gap-report.js';
import { describeRecord, ingestEssay, type IngestReport } from './ingest-essay.js';
import { formatComparison } from './pipeline/metadata-diff.js';
import { prepareSeed, SEED_DIR, writeSeed, type SeedSources } from './seed-graph.js';
import { countGraph, type GraphCounts, type WriteProgress } from './writer/graph-writer.js';

const EXIT_CONFIG = 78;

interface SeedCommandOptions {
  readonly ifStale?: boolean;
  readonly summary?: boolean;
  readonly seedDir?: string;
  readonly corpus?: string[];
  readonly lexiconGaps?: boolean;
  readonly top?: number;
  readonly json?: boolean;
}

const DEFAULT_TOP = 30;

const program = new Command('kks')
  .description('kks-graph ingestion: turns the seed files into the knowledge graph')
  .showHelpAfterError();

program
  .command('seed')
  .description('write the seed data into the graph (idempotent: rerunning changes nothing)')
  .option('--if-stale', 'skip when the graph already holds a completed seed of these exact inputs')
  .option('--summary', 'print one summary line instead of progress and the count table')
  .option('--seed-dir <dir>', 'seed from this folder (data/ and corpus/) instead of seed/')
  .option('--corpus <dirs...>', 'also ingest the essays (text + .meta.yaml) in these folders')
  .option(
    '--lexicon-gaps',
    'write nothing: list the terms the passages use far more than general Dutch does that no lexicon label names',
  )
  .option(
    '--top <n>',
    `with --lexicon-gaps: how many terms (default ${DEFAULT_TOP})`,
    positiveInteger,
  )
  .option('--json', 'with --lexicon-gaps: print the terms as JSON instead of a table')
  .action(async (options: SeedCommandOptions) => {
    const sources: SeedSources = {
      ...(options.seedDir === undefined ? {} : { seedDir: options.seedDir }),
      extraCorpusDirs: options.corpus ?? [],
    };
    if (options.lexiconGaps) {
      const gaps = await lexiconGapReport(sources, { top: options.top ?? DEFAULT_TOP });
      process.stdout.write(
        options.json ? `${JSON.stringify(gaps, null, 2)}\n` : formatGapTable(gaps),
      );
      return;
    }
    if (options.top !== undefined || options.json) {
      throw new InvalidArgumentError('--top and --json belong to --lexicon-gaps');
    }
    const config = loadConfig();
    const seed = await prepareSeed(sources);
    const say = options.summary
      ? () => undefined
      : (stage: string, message: string) => process.stdout.write(`[${stage}] ${message}\n`);
    const database = await openDatabase(config, say);
    const progress = options.summary ? null : new ProgressDisplay();
    try {
      const started = Date.now();
      const outcome = await writeSeed(database.gateway, seed, {
        ifStale: options.ifStale ?? false,
        onProgress: (step) => progress?.update(step),
      });
      progress?.stop();
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const counts = await countGraph(database.gateway);
      if (options.summary) {
        process.stdout.write(
          outcome.written
            ? `seeded ${total(counts.nodes)} nodes and ${total(counts.relationships)} relationships in ${seconds} s (run ${outcome.run})\n`
            : `graph already holds this seed (run ${outcome.run})\n`,
        );
      } else {
        say(
          'seed',
          outcome.written
            ? `done in ${seconds} s (run ${outcome.run})`
            : `graph already holds this seed (run ${outcome.run}); nothing written`,
        );
        process.stdout.write(formatCounts(counts));
      }
    } finally {
      progress?.stop();
      await database.close();
    }
  });

program
  .command('ingest')
  .description(
    'draft essays from their PDFs for review, beside the other essays: raw text, metadata, candidate findings, lexicon candidates',
  )
  .argument('[pdfs...]', 'the PDF files (default: every PDF in seed/corpus/)')
  .option('--slug <slug>', "the essay's slug, when its title names no essay of the series")
  .option('--corpus-dir <dir>', 'write the drafts into this folder instead of seed/corpus/')
  .option(
    '--check',
    'write nothing: show where the draft metadata and the reviewed <slug>.meta.yaml differ',
  )
  .action(async (pdfs: string[], options: IngestCommandOptions) => {
    const files = pdfs.length > 0 ? pdfs : await corpusPdfs();
    if (files.length === 0)
      throw new InvalidArgumentError('no PDF given, and seed/corpus/ holds none');
    if (options.slug !== undefined && files.length > 1) {
      throw new InvalidArgumentError('--slug names one essay: give one PDF with it');
    }
    for (const pdf of files) {
      const report = await ingestEssay({
        pdf,
        ...(options.slug === undefined ? {} : { slug: options.slug }),
        ...(options.corpusDir === undefined ? {} : { corpusDir: options.corpusDir }),
        check: options.check ?? false,
      });
      process.stdout.write(formatIngestReport(pdf, report));
    }
  });

interface IngestCommandOptions {
  readonly slug?: string;
  readonly corpusDir?: string;
  readonly check?: boolean;
}

async function corpusPdfs(): Promise<string[]> {
  const corpus = path.join(SEED_DIR, 'corpus');
  return (await readdir(corpus))
    .filter((name) => name.toLowerCase().endsWith('.pdf'))
    .sort()
    .map((name) => path.join(corpus, name));
}

function formatIngestReport(pdf: string, report: IngestReport): string {
  const { layout } = report;
  const relative = (file: string) => path.relative(process.cwd(), file);
  const lines = [
    `${relative(pdf)} → ${report.slug} (${report.seconds.toFixed(1)} s)`,
    `  record: ${describeRecord(report.record)}`,
    `  layout: ${layout.pages} pages; title ${layout.title === null ? 'not found' : `"${layout.title}"`}; running header ${layout.runningHeader === null ? 'not found' : `"${layout.runningHeader}"`}; ${layout.headings} headings, ${layout.footnotes} footnotes, ${layout.tables} tables`,
    ...report.written.map((file) => `  wrote ${relative(file)}`),
    ...report.kept.map((file) => `  kept ${relative(file)} (it exists and may hold review work)`),
    ...(report.drafted === null
      ? []
      : [
          `  drafted ${report.drafted.findings} candidate findings and ${report.drafted.lexiconCandidates} lexicon candidates`,
        ]),
    ...report.review.map((line) => `  review: ${line}`),
  ];
  if (report.comparison !== null) {
    lines.push(
      ...formatComparison(report.comparison)
        .trimEnd()
        .split('\n')
        .map((line) => `  ${line}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A progress bar on a terminal; a line per quarter of the work elsewhere (CI logs). */
class ProgressDisplay {
  private bar: SingleBar | null = null;
  private reported = -1;

  update({ done, total, what }: WriteProgress): void {
    if (process.stdout.isTTY) {
      this.bar ??= new SingleBar(
        { format: '[seed] {bar} {value}/{total} rows  {what}' },
        Presets.shades_classic,
      );
      if (this.bar.getTotal() !== total) this.bar.start(total, 0, { what });
      this.bar.update(done, { what });
      return;
    }
    const percent = Math.floor((done / total) * 100);
    if (percent >= this.reported + 25 || done === total) {
      this.reported = percent;
      process.stdout.write(`[seed] ${done}/${total} rows written (${percent}%)\n`);
    }
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  }
  return number;
}

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

function formatCounts(counts: GraphCounts): string {
  const rows = [
    ...Object.entries(counts.nodes).map(([label, count]) => [`(:${label})`, count] as const),
    ...Object.entries(counts.relationships).map(([type, count]) => [`[:${type}]`, count] as const),
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  return `${rows.map(([name, count]) => `${name.padEnd(width)}  ${String(count).padStart(6)}`).join('\n')}\n`;
}

try {
  await program.parseAsync();
} catch (error) {
  const isConfig = error instanceof ConfigError;
  process.stderr.write(
    `kks: ${isConfig ? 'invalid configuration: ' : ''}${(error as Error).message}\n`,
  );
  process.exitCode = isConfig ? EXIT_CONFIG : 1;
}
