/**
 * `npm run export -- <file> [options]`: the exports of GET /export/<file>, read from the graph through
 * the same repositories, written to a file (or standard output). Uses NEO4J_URI when set, else starts
 * the project's own Neo4j, as `npm run seed` does.
 *
 *   npm run export -- concept-map.graphml --document Voorwoord --out map.graphml
 *   npm run export -- concepts.ttl > concepts.ttl
 */
import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { ConfigError, loadConfig } from './config.js';
import { createRequestContext } from './context.js';
import { openDatabase } from './database.js';
import { DomainError } from './domain/errors.js';
import { parseExportRequest } from './exports/export-request.js';
import { renderExport } from './exports/render-export.js';

const EXIT_CONFIG = 78;

interface ExportOptions {
  readonly document?: string;
  readonly section?: string;
  readonly normalisation?: string;
  readonly minCount?: string;
  readonly id?: string;
  readonly depth?: string;
  readonly out?: string;
}

const program = new Command('kks-export')
  .description('export the knowledge graph for Gephi, VOSviewer, spreadsheets or SKOS tools')
  .argument(
    '<file>',
    'concepts.ttl, or <scope>.<format>: scope graph, concept-map or neighbourhood; format graphml, gexf, vosviewer.json, nodes.csv or edges.csv',
  )
  .option('--document <name>', 'concept-map: only this essay or preface (slug, id or title)')
  .option('--section <name>', 'concept-map: only this section (slug, id or heading)')
  .option('--normalisation <kind>', 'concept-map: RAW, ASSOCIATION_STRENGTH (default) or JACCARD')
  .option('--min-count <n>', 'concept-map: leave out pairs mentioned together fewer times')
  .option('--id <node>', 'neighbourhood: the node at the center (global id or Type:slug)')
  .option('--depth <n>', 'neighbourhood: hops out, 1-3 (default 1)')
  .option('--out <path>', 'write to this file instead of standard output')
  .showHelpAfterError()
  .action(async (file: string, options: ExportOptions) => {
    const request = parseExportRequest(file, parameters(options));
    const database = await openDatabase(loadConfig(), (stage, message) =>
      process.stderr.write(`[${stage}] ${message}\n`),
    );
    try {
      const rendered = await renderExport(createRequestContext(database.gateway), request);
      if (options.out === undefined) process.stdout.write(rendered.body);
      else await writeFile(options.out, rendered.body, 'utf8');
    } finally {
      await database.close();
    }
  });

/** The options as the query parameters of GET /export/<file> name them. */
function parameters(options: ExportOptions): Record<string, string> {
  const named = {
    document: options.document,
    section: options.section,
    normalisation: options.normalisation,
    minCount: options.minCount,
    id: options.id,
    depth: options.depth,
  };
  return Object.fromEntries(
    Object.entries(named).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

try {
  await program.parseAsync();
} catch (error) {
  const isConfig = error instanceof ConfigError;
  const isRequest = error instanceof DomainError && error.code === 'BAD_USER_INPUT';
  process.stderr.write(
    `kks-export: ${isConfig ? 'invalid configuration: ' : ''}${(error as Error).message}\n`,
  );
  process.exitCode = isConfig ? EXIT_CONFIG : isRequest ? 2 : 1;
}
