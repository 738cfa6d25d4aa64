/**
 * Seeding end to end: read and validate every seed file first, build the graph batch, then write it.
 * Nothing is written unless all input is valid.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Neo4jGateway } from '../src/neo4j/gateway.js';
import { catalogueToGraph, parseCatalogue } from './pipeline/catalogue.js';
import { writeGraph, type WriteProgress } from './writer/graph-writer.js';

export const SEED_DIR = fileURLToPath(new URL('./', import.meta.url));

export class SeedInputError extends Error {
  override readonly name = 'SeedInputError';
}

export interface SeedOptions {
  /** Folder holding corpus/ and data/; the project's own seed/ by default. */
  readonly seedDir?: string;
  readonly onProgress?: (progress: WriteProgress) => void;
}

/**
 * @throws SeedInputError when a seed file cannot be read, CatalogueError when one is invalid; in both
 *   cases before anything is written.
 */
export async function seedGraph(gateway: Neo4jGateway, options: SeedOptions = {}): Promise<void> {
  const cataloguePath = path.join(options.seedDir ?? SEED_DIR, 'data', 'programme.yaml');
  const catalogue = parseCatalogue(
    await readInput(cataloguePath),
    path.relative(process.cwd(), cataloguePath),
  );
  await writeGraph(gateway, catalogueToGraph(catalogue), options.onProgress);
}

async function readInput(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new SeedInputError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}
