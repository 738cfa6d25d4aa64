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

/** Where each label stands in SEARCHABLE_LABELS: the order of hits of equal relevance. */
const RANK_OF = Object.fromEntries(SEARCHABLE_LABELS.map((label, rank) => [label, rank]));

/** The ranks of the labels asked for, for `$rankOf`: a label not asked for has none. */
const ranksOf = (labels: readonly SearchableLabel[]) =>
  Object.fromEntries(labels.map((label) => [label, RANK_OF[label]]));

/**
 * The rank (place in SEARCHABLE_LABELS) of the label a node is a hit under: the first of the
 * asked-for labels it has, so that a node with two is one hit; none when it has none of them. The
 * node's labels are read once, and each is looked up in `$rankOf` rather than compared with every
 * label asked for: the comparisons cost a page at tier S a fifth of its time.
 */
const rankOfHit = (carried: string) => `WITH ${carried}, labels(node) AS own
  WITH ${carried}, CASE size(own) WHEN 1 THEN $rankOf[own[0]]
    ELSE reduce(first = null, label IN own |
      CASE WHEN $rankOf[label] < coalesce(first, ${SEARCHABLE_LABELS.length}) THEN $rankOf[label] ELSE first END)
    END AS rank
  WHERE rank IS NOT NULL`;

const HITS = `CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score
  ${rankOfHit('node, score')}`;

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
    const from = page.from === null ? null : keyset(page.from);
    // Every word in one clause finds each node once: no sum per node to work out.
    const hits =
      page.clauses.length === 1
        ? `CALL db.index.fulltext.queryNodes($index, $clauses[0]) YIELD node, score
           WITH node, score, 1 AS matched`
        : `UNWIND $clauses AS lucene
           CALL db.index.fulltext.queryNodes($index, lucene) YIELD node, score
           WITH node, sum(score) AS score, count(*) AS matched`;
    // Each rank's hits are kept as lists of nodes, scores and matches (aggregated together, so
    // in the same order), not as a list of maps: Neo4j reckons the memory of a page by the lists
    // each of its rows holds, and a map costs several times its parts (at tier M, 216 MB for a
    // page of 100 instead of 811). Within one rank, label:slug goes as the slug: the slug alone is
    // read and compared.
    const rows = await this.gateway.read(
      `${hits}
       ${rankOfHit('node, score, matched')}
       WITH rank, collect(node) AS nodes, collect(score) AS scores, collect(matched) AS matches,
            max(score) AS best
       UNWIND range(0, size(nodes) - 1) AS at
       WITH nodes[at] AS node, rank, nodes[at].slug AS slug,
            scores[at] / best * matches[at] / size($clauses) AS score
       WHERE $from IS NULL OR score ${beyond} $from.score
          OR (score = $from.score AND (rank ${tieBeyond} $from.rank
              OR (rank = $from.rank AND slug ${tieBeyond} $from.slug)))
       RETURN ${projection?.cypher ?? nodeProperties('node')} AS properties, rank, slug, score
       ORDER BY score ${order}, rank ${tieOrder}, slug ${tieOrder}
       LIMIT $limit`,
      {
        ...projection?.parameters,
        index: SEARCH_INDEX,
        clauses: page.clauses,
        rankOf: ranksOf(page.labels),
        from,
        limit: page.limit,
      },
    );
    return rows.map((row) => toHit(row, projection));
  }

  /** The number of hits of each label that has any. */
  async facets(lucene: string, labels: readonly SearchableLabel[]): Promise<SearchFacetRow[]> {
    const rows = await this.gateway.read(`${HITS} RETURN rank, count(node) AS count`, {
      index: SEARCH_INDEX,
      lucene,
      rankOf: ranksOf(labels),
    });
    return rows.map((row) => ({
      label: labelAt(row),
      count: integer(row, 'count', 'search facet'),
    }));
  }

  /** Nodes whose labels start with the typed words, best first; equal scores by label:slug. */
  async suggest(
    lucene: string,
    labels: readonly SearchableLabel[],
    limit: number,
  ): Promise<SearchHitRow[]> {
    const rows = await this.gateway.read(
      `${HITS}
       RETURN ${nodeProperties('node')} AS properties, rank, node.slug AS slug, score
       ORDER BY score DESC, $searchable[rank] + ':' + slug ASC LIMIT $limit`,
      { index: LABEL_INDEX, lucene, rankOf: ranksOf(labels), searchable: SEARCHABLE_LABELS, limit },
    );
    return rows.map((row) => toHit(row, null));
  }
}

/** A cursor's (score, label:slug) as the statement compares it: score, rank, slug. */
function keyset(from: { readonly score: number; readonly key: string }) {
  const colon = from.key.indexOf(':');
  return {
    score: from.score,
    rank: RANK_OF[from.key.slice(0, colon)] ?? -1,
    slug: from.key.slice(colon + 1),
  };
}

/** The label of a row's rank, which the statement took from `$rankOf`. */
function labelAt(row: Record<string, PlainValue>): SearchableLabel {
  const rank = integer(row, 'rank', 'search hit');
  const label = SEARCHABLE_LABELS[rank];
  if (label === undefined) throw new Error(`A search hit's rank ${rank} names no searchable label`);
  return label;
}

function toHit(row: Record<string, PlainValue>, projection: NodeProjection | null): SearchHitRow {
  const label = labelAt(row);
  const properties = row['properties'] as Record<string, PlainValue>;
  return {
    label,
    model: (projection
      ? projection.finish(properties)
      : toNodeModel(label, properties)) as SearchableModel,
    score: numeric(row, 'score', 'search hit'),
    key: `${label}:${text(row, 'slug', 'search hit')}`,
  };
}
