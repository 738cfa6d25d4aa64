/**
 * Full-text search over the graph's two full-text indexes (see graph-schema.repository.ts). Queries
 * arrive already made safe by src/domain/search-query.ts; labels come from SEARCHABLE_LABELS.
 */
import type { SearchableLabel } from '../domain/graph-model.js';
import type { AnyNodeModel } from '../domain/models.js';
import type { Neo4jGateway } from '../neo4j/gateway.js';
import type { PlainValue } from '../neo4j/values.js';
import { LABEL_INDEX, SEARCH_INDEX } from './graph-schema.repository.js';
import { toNodeModel } from './node-mappers.js';
import { integer, numeric, text } from './property-readers.js';

export type SearchableModel = Extract<AnyNodeModel, { label: SearchableLabel }>;

export interface SearchHitRow {
  readonly model: SearchableModel;
  readonly score: number;
  /** label:slug, which breaks ties between equal scores. */
  readonly key: string;
}

export interface SearchPage {
  readonly lucene: string;
  readonly labels: readonly SearchableLabel[];
  /** Read hits strictly after this (score, key) in reading order. */
  readonly from: { readonly score: number; readonly key: string } | null;
  readonly backwards: boolean;
  readonly limit: number;
}

const HITS = `CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score
  WITH node, score, [label IN $labels WHERE label IN labels(node)][0] AS label
  WHERE label IS NOT NULL`;

export class SearchRepository {
  constructor(private readonly gateway: Neo4jGateway) {}

  /** Hits by descending score (ascending when reading backwards), ties by label:slug. */
  async search(page: SearchPage): Promise<SearchHitRow[]> {
    const [after, order] = page.backwards ? ['>', 'ASC'] : ['<', 'DESC'];
    const [keyAfter, keyOrder] = page.backwards ? ['<', 'DESC'] : ['>', 'ASC'];
    const rows = await this.gateway.read(
      `${HITS}
       WITH node, score, label, label + ':' + node.slug AS key
       WHERE $from IS NULL OR score ${after} $from.score OR (score = $from.score AND key ${keyAfter} $from.key)
       RETURN properties(node) AS properties, label, score, key
       ORDER BY score ${order}, key ${keyOrder}
       LIMIT $limit`,
      {
        index: SEARCH_INDEX,
        lucene: page.lucene,
        labels: page.labels,
        from: page.from,
        limit: page.limit,
      },
    );
    return rows.map(toHit);
  }

  async count(lucene: string, labels: readonly SearchableLabel[]): Promise<number> {
    const rows = await this.gateway.read(`${HITS} RETURN count(node) AS total`, {
      index: SEARCH_INDEX,
      lucene,
      labels,
    });
    return integer(rows[0] ?? {}, 'total', 'search count');
  }

  /** Nodes whose labels start with the typed words, best first. */
  async suggest(
    lucene: string,
    labels: readonly SearchableLabel[],
    limit: number,
  ): Promise<SearchHitRow[]> {
    const rows = await this.gateway.read(
      `${HITS}
       RETURN properties(node) AS properties, label, score, label + ':' + node.slug AS key
       ORDER BY score DESC, key ASC LIMIT $limit`,
      { index: LABEL_INDEX, lucene, labels, limit },
    );
    return rows.map(toHit);
  }
}

function toHit(row: Record<string, PlainValue>): SearchHitRow {
  return {
    // Mapped by its own label, which the query picked from SEARCHABLE_LABELS.
    model: toNodeModel(
      row['label'] as SearchableLabel,
      row['properties'] as Record<string, PlainValue>,
    ) as SearchableModel,
    score: numeric(row, 'score', 'search hit'),
    key: text(row, 'key', 'search hit'),
  };
}
