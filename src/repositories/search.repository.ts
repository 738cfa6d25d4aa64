/**
 * Full-text search over the graph's two full-text indexes (see graph-schema.repository.ts). Queries
 * arrive already made safe by src/domain/search-query.ts; labels come from SEARCHABLE_LABELS.
 */
import { SEARCHABLE_LABELS, type SearchableLabel } from '../domain/graph-model.js';
import type { AnyNodeModel } from '../domain/models.js';
import type { Neo4jGateway } from '../neo4j/gateway.js';
import type { PlainValue } from '../neo4j/values.js';
import { LABEL_INDEX, SEARCH_INDEX } from './graph-schema.repository.js';
import { toNodeModel } from './node-mappers.js';
import { integer, numeric, text } from './property-readers.js';
import { nodeProperties } from './node-projection.js';
import type { NodeProjection } from './node.repository.js';

export type SearchableModel = Extract<AnyNodeModel, { label: SearchableLabel }>;

export interface SearchHitRow {
  readonly label: SearchableLabel;
  /** The node; with a projection, look-ahead's answer, which stands in for the model. */
  readonly model: SearchableModel;
  readonly score: number;
  /** label:slug, which breaks ties between equal scores of one label. */
  readonly key: string;
}

export interface SearchPage {
  /**
   * Lucene queries, each for some of the words: a hit's relevance is shared out by how many of
   * them it matches. One query (every word) when all words must match.
   */
  readonly clauses: readonly string[];
  /** The labels to find, in SEARCHABLE_LABELS order: a node is a hit under the first it has. */
  readonly labels: readonly SearchableLabel[];
  /** Read hits strictly after this (score, key) in reading order. */
  readonly from: { readonly score: number; readonly key: string } | null;
  readonly backwards: boolean;
  readonly limit: number;
}

export interface SearchFacetRow {
  readonly label: SearchableLabel;
  readonly count: number;
}

/**
 * The label a node is a hit under: the first of the asked-for labels it has, in SEARCHABLE_LABELS
 * order (so a node with two is one hit); null when it has none of them. Its labels are read once
 * (`own`), not once per label asked for: at tier M that is 34 thousand reads instead of half a
 * million.
 */
const labelOfHit = (carried: string) => `WITH ${carried}, labels(node) AS own
  WITH ${carried}, [label IN $labels WHERE label IN own][0] AS label`;

const HITS = `CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score
  ${labelOfHit('node, score')}
  WHERE label IS NOT NULL`;

/** Where each label stands in SEARCHABLE_LABELS: the order of hits of equal relevance. */
const RANK_OF = Object.fromEntries(SEARCHABLE_LABELS.map((label, rank) => [label, rank]));

export class SearchRepository {
  constructor(private readonly gateway: Neo4jGateway) {}

  /**
   * Hits by descending relevance (ascending when reading backwards): each hit's score over the
   * best score of its label, so a passage competes with passages and a label with labels (BM25
   * favours short texts, which would put every lexicon entry above the passages), times the
   * share of the clauses it matches. Equal relevance goes by SEARCHABLE_LABELS order, then by
   * label:slug.
   */
  async search(
    page: SearchPage,
    projection: NodeProjection | null = null,
  ): Promise<SearchHitRow[]> {
    const [beyond, order, tieBeyond, tieOrder] = page.backwards
      ? ['>', 'ASC', '<', 'DESC']
      : ['<', 'DESC', '>', 'ASC'];
    const from =
      page.from === null
        ? null
        : { ...page.from, rank: RANK_OF[page.from.key.slice(0, page.from.key.indexOf(':'))] ?? -1 };
    // Every word in one clause finds each node once: no sum per node to work out.
    const hits =
      page.clauses.length === 1
        ? `CALL db.index.fulltext.queryNodes($index, $clauses[0]) YIELD node, score
           WITH node, score, 1 AS matched`
        : `UNWIND $clauses AS lucene
           CALL db.index.fulltext.queryNodes($index, lucene) YIELD node, score
           WITH node, sum(score) AS score, count(*) AS matched`;
    const rows = await this.gateway.read(
      `${hits}
       ${labelOfHit('node, score, matched')}
       WHERE label IS NOT NULL
       WITH label, collect({node: node, score: score, matched: matched}) AS hits, max(score) AS best
       UNWIND hits AS hit
       WITH hit.node AS node, label, $rankOf[label] AS rank, label + ':' + hit.node.slug AS key,
            hit.score / best * hit.matched / size($clauses) AS score
       WHERE $from IS NULL OR score ${beyond} $from.score
          OR (score = $from.score AND (rank ${tieBeyond} $from.rank
              OR (rank = $from.rank AND key ${tieBeyond} $from.key)))
       RETURN ${projection?.cypher ?? nodeProperties('node')} AS properties, label, score, key
       ORDER BY score ${order}, rank ${tieOrder}, key ${tieOrder}
       LIMIT $limit`,
      {
        ...projection?.parameters,
        index: SEARCH_INDEX,
        clauses: page.clauses,
        labels: page.labels,
        rankOf: RANK_OF,
        from,
        limit: page.limit,
      },
    );
    return rows.map((row) => toHit(row, projection));
  }

  /** The number of hits of each label that has any. */
  async facets(lucene: string, labels: readonly SearchableLabel[]): Promise<SearchFacetRow[]> {
    const rows = await this.gateway.read(`${HITS} RETURN label, count(node) AS count`, {
      index: SEARCH_INDEX,
      lucene,
      labels,
    });
    return rows.map((row) => ({
      label: text(row, 'label', 'search facet') as SearchableLabel,
      count: integer(row, 'count', 'search facet'),
    }));
  }

  /** Nodes whose labels start with the typed words, best first. */
  async suggest(
    lucene: string,
    labels: readonly SearchableLabel[],
    limit: number,
  ): Promise<SearchHitRow[]> {
    const rows = await this.gateway.read(
      `${HITS}
       RETURN ${nodeProperties('node')} AS properties, label, score, label + ':' + node.slug AS key
       ORDER BY score DESC, key ASC LIMIT $limit`,
      { index: LABEL_INDEX, lucene, labels, limit },
    );
    return rows.map((row) => toHit(row, null));
  }
}

function toHit(row: Record<string, PlainValue>, projection: NodeProjection | null): SearchHitRow {
  // Mapped by its own label, which the query picked from SEARCHABLE_LABELS.
  const label = row['label'] as SearchableLabel;
  const properties = row['properties'] as Record<string, PlainValue>;
  return {
    label,
    model: (projection
      ? projection.finish(properties)
      : toNodeModel(label, properties)) as SearchableModel,
    score: numeric(row, 'score', 'search hit'),
    key: text(row, 'key', 'search hit'),
  };
}
