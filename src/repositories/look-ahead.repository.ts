/**
 * Runs a field compiled by look-ahead (src/graphql/look-ahead/compile.ts) for a batch of parents.
 */
import type { Neo4jGateway } from '../neo4j/gateway.js';
import { text } from './property-readers.js';

/** A field compiled into one statement over `$slugs`, the slugs of the nodes it is asked of. */
export interface CompiledField {
  /** Returns one row per node found: `slug`, and `value`, the field's answer before finishing. */
  readonly statement: string;
  readonly parameters: Record<string, unknown>;
  /** Turns the statement's value into the field's answer (marks objects, makes ids and cursors). */
  readonly finish: (value: unknown) => unknown;
}

export class LookAheadRepository {
  constructor(private readonly gateway: Neo4jGateway) {}

  /** The field's answer for each parent slug, in slug order; null for a parent not found. */
  async answers(field: CompiledField, slugs: readonly string[]): Promise<unknown[]> {
    const rows = await this.gateway.read(field.statement, { ...field.parameters, slugs });
    const bySlug = new Map(rows.map((row) => [text(row, 'slug', 'look-ahead row'), row['value']]));
    return slugs.map((slug) => (bySlug.has(slug) ? field.finish(bySlug.get(slug)) : null));
  }
}
