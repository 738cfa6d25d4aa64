/**
 * Assembles the executable schema from the SDL files in schema/ (one per domain) and the resolvers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectPath } from '../project-paths.js';

const SCHEMA_DIR = projectPath('schema');

/** The SDL of every `schema/*.graphql` file, in file-name order. */
export function loadTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
}
