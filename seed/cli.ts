/**
 * `npm run seed` (kks seed): validates the seed files, writes the graph idempotently, and prints the
 * node and relationship counts. Uses NEO4J_URI when set, else starts the project's own Neo4j.
 */
import { Command } from 'commander';
import { ConfigError, loadConfig } from '../src/config.js';
import { openDatabase } from '../src/database.js';
import { isGraphEmpty } from '../src/repositories/graph-schema.repository.js';
import { seedGraph } from './seed-graph.js';
import { countGraph, type GraphCounts } from './writer/graph-writer.js';

const program = new Command('kks')
  .description('kks-graph ingestion: turns the seed files into the knowledge graph')
  .showHelpAfterError();

program
  .command('seed')
  .description('write the seed data into the graph (idempotent: rerunning changes nothing)')
  .option('--if-empty', 'only seed when the graph holds no node yet')
  .action(async (options: { ifEmpty?: boolean }) => {
    const config = loadConfig();
    const say = (stage: string, message: string) => process.stdout.write(`[${stage}] ${message}\n`);
    const database = await openDatabase(config, say);
    try {
      if (options.ifEmpty && !(await isGraphEmpty(database.gateway))) {
        say('seed', 'graph already seeded; nothing to do');
        return;
      }
      const started = Date.now();
      let reported = -1;
      await seedGraph(database.gateway, {
        onProgress: ({ done, total }) => {
          const percent = Math.floor((done / total) * 100);
          if (percent >= reported + 25 || done === total) {
            reported = percent;
            say('seed', `${done}/${total} rows written (${percent}%)`);
          }
        },
      });
      say('seed', `done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      process.stdout.write(formatCounts(await countGraph(database.gateway)));
    } finally {
      await database.close();
    }
  });

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
  const message =
    error instanceof ConfigError
      ? `invalid configuration: ${error.message}`
      : (error as Error).message;
  process.stderr.write(`kks: ${message}\n`);
  process.exitCode = 1;
}
