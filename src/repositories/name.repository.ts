/**
 * Nodes by what a person types for them: a slug, or any of their names (titles, preferred and
 * alternative labels in both languages, curated labels), compared in normalised form. Filters such
 * as `instruments(theme: "Hervorming")` resolve their value here.
 */
import { CURATED_NAME_KEYS } from '../domain/curation.js';
import { DISPLAY_NAME, NODE_LABELS, type NodeLabel } from '../domain/graph-model.js';
import type { Neo4jGateway } from '../neo4j/gateway.js';
import type { Row } from '../neo4j/values.js';
import { oneOf, text } from './property-readers.js';

export interface NamedNode {
  readonly label: NodeLabel;
  readonly slug: string;
  /** The name a person reads, e.g. the title or the Dutch preferred label. */
  readonly name: string;
}

const RETURN_NAMED = (labels: readonly NodeLabel[]) => {
  const names = [
    ...new Set(labels.map((label) => (DISPLAY_NAME as Partial<Record<NodeLabel, string>>)[label])),
  ].filter((property): property is string => property !== undefined);
  return `RETURN [l IN $labels WHERE l IN labels(n)][0] AS label, n.slug AS slug,
          coalesce(${[...names.map((property) => `n.${property}`), 'n.slug'].join(', ')}) AS name`;
};

export class NameRepository {
  constructor(private readonly gateway: Neo4jGateway) {}

  /** Nodes of `labels` whose slug is `value` or one of whose normalised names is `key`. */
  async named(labels: readonly NodeLabel[], value: string, key: string): Promise<NamedNode[]> {
    const rows = await this.gateway.read(
      `MATCH (n:${labels.join('|')})
       WHERE n.slug = $value OR $key IN n.nameKeys OR $key IN coalesce(n.${CURATED_NAME_KEYS}, [])
       ${RETURN_NAMED(labels)}
       ORDER BY n.sortKey, n.slug`,
      { labels, value, key },
    );
    return rows.map(toNamedNode);
  }

  /** The first `limit` nodes of `labels` by name: the choices to list when a name matches none. */
  async choices(labels: readonly NodeLabel[], limit: number): Promise<NamedNode[]> {
    const rows = await this.gateway.read(
      `MATCH (n:${labels.join('|')})
       ${RETURN_NAMED(labels)}
       ORDER BY n.sortKey, n.slug LIMIT $limit`,
      { labels, limit },
    );
    return rows.map(toNamedNode);
  }
}

function toNamedNode(row: Row): NamedNode {
  const owner = 'name lookup row';
  return {
    label: oneOf(row, 'label', NODE_LABELS, owner),
    slug: text(row, 'slug', owner),
    name: text(row, 'name', owner),
  };
}
