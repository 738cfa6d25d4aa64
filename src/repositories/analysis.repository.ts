/**
 * Reads behind the research views: how often concepts are mentioned together (co-occurrence map)
 * and the passages that do, ranked related findings (batched per source), the instrument matrix,
 * and what two nodes share (bridges).
 */
import type {
  PassageScope,
  RelatedFindingModel,
  SharedEntityModel,
  SharedLabel,
} from '../domain/analysis-models.js';
import type { CooccurrenceCounts } from '../domain/cooccurrence.js';
import type { Placement } from '../domain/instrument-matrix.js';
import {
  PASSAGE_ROUTES,
  SUBJECT_LABELS,
  type NodeLabel,
  type SubjectLabel,
  type RouteStep,
} from '../domain/graph-model.js';
import type {
  ConceptModel,
  FindingModel,
  SubjectModel,
  PassageModel,
  PolicyInstrumentModel,
  ThemeModel,
} from '../domain/models.js';
import type { Neo4jGateway } from '../neo4j/gateway.js';
import type { PlainValue } from '../neo4j/values.js';
import { toNodeModel } from './node-mappers.js';
import {
  integer,
  numeric,
  oneOf,
  record,
  records,
  text,
  tuples,
  type Properties,
} from './property-readers.js';
import type { NodeRef } from './traversal.repository.js';
import { nodeProperties } from './node-projection.js';
import { listIndexSeek, relationMatch, relationNamed } from './relation.repository.js';

/** A node findings can be about. */
export interface SubjectRef {
  readonly label: SubjectLabel;
  readonly slug: string;
}

/** Two concepts by slug. */
export interface ConceptPair {
  readonly source: string;
  readonly target: string;
}

/**
 * A MATCH binding `p` to each passage in `scope` (as `$document` and `$section`), starting where
 * the fewest passages are: the section's, a document's through its index on `document`, or all.
 */
function passagesIn(scope: PassageScope): string {
  const ofDocument = scope.document === null ? '' : 'p.document = $document';
  if (scope.section !== null) {
    return `MATCH (:Section {slug: $section})-[:HAS_PASSAGE]->(p:Passage)${ofDocument && ` WHERE ${ofDocument}`}`;
  }
  // Every passage has an ordinal: said, so that the index on (document, ordinal) is used.
  if (scope.document !== null)
    return `MATCH (p:Passage) WHERE ${ofDocument} AND p.ordinal IS NOT NULL`;
  return 'MATCH (p:Passage)';
}

/** Whose findings count as related: a finding's own subjects, or an entity and what is near it. */
export type RelatedSource = 'Finding' | 'Concept' | 'Region';

/** Seeds of each source with their proximity: 1 for the subject itself, 0.5 for what is near it. */
const SEEDS: Record<RelatedSource, string> = {
  Finding: `MATCH (s:Finding {slug: slug})-[:ABOUT]->(seed) RETURN seed, 1.0 AS proximity`,
  Concept: `MATCH (s:Concept {slug: slug}) RETURN s AS seed, 1.0 AS proximity
            UNION
            MATCH (:Concept {slug: slug})-[:BROADER|RELATED]-(seed:Concept) RETURN seed, 0.5 AS proximity`,
  Region: `MATCH (s:Region {slug: slug}) RETURN s AS seed, 1.0 AS proximity
           UNION
           MATCH (:Region {slug: slug})<-[:PART_OF*1..2]-(seed:Region) RETURN seed, 0.5 AS proximity`,
};

/**
 * A MATCH binding `p` to each passage the node of `label` with slug `slug` (a variable) stands
 * for, following its route in the graph model.
 * @throws Error for a label without a route; callers check BRIDGEABLE_LABELS first.
 */
function passagesOf(label: NodeLabel): string {
  const route: readonly RouteStep[] | undefined = PASSAGE_ROUTES[label];
  if (route === undefined) throw new Error(`A ${label} has no passages`);
  if (route.length === 0) return `MATCH (p:${label} {slug: slug})`;
  const steps = route
    .map(([types, direction], index) => {
      const link = `[:${types.join('|')}]`;
      const next = index === route.length - 1 ? '(p:Passage)' : '()';
      return direction === 'out' ? `-${link}->${next}` : `<-${link}-${next}`;
    })
    .join('');
  return `MATCH (:${label} {slug: slug})${steps}`;
}

export class AnalysisRepository {
  constructor(private readonly gateway: Neo4jGateway) {}

  /**
   * How many passages in scope mention each concept, and each pair of concepts: what a concept map
   * is drawn from. Counted in the database, which sends one row however many passages there are:
   * no passage's text is read, and each passage's concepts are read once, as slugs.
   */
  async cooccurrence(scope: PassageScope): Promise<CooccurrenceCounts<ConceptModel>> {
    const [row] = await this.gateway.read(
      `${passagesIn(scope)}
       // Sorted, so that each pair below is named the same way round in every passage.
       WITH p.document AS document, p.readingKey AS key,
            COLLECT { MATCH (p)-[:MENTIONS]->(c:Concept) WITH DISTINCT c.slug AS slug ORDER BY slug RETURN slug } AS mentioned
       WITH count(*) AS passageCount, collect([document, key, mentioned]) AS passages
       CALL (passages) {
         UNWIND passages AS passage
         UNWIND passage[2] AS slug
         WITH slug, passage[0] AS document, min(passage[1]) AS firstKey, count(*) AS inDocument
         WITH slug, sum(inDocument) AS mentioning, collect([firstKey, document]) AS documents
         MATCH (c:Concept {slug: slug})
         RETURN collect([${nodeProperties('c')}, mentioning, documents]) AS concepts
       }
       CALL (passages) {
         UNWIND passages AS passage
         WITH passage[2] AS mentioned
         UNWIND range(0, size(mentioned) - 2) AS first
         UNWIND range(first + 1, size(mentioned) - 1) AS second
         WITH mentioned[first] AS source, mentioned[second] AS target, count(*) AS count
         RETURN collect([source, target, count]) AS pairs
       }
       RETURN passageCount, concepts, pairs`,
      { ...scope },
    );
    const owner = 'co-occurrence counts';
    if (row === undefined) throw new Error('The co-occurrence statement returned no row');
    return {
      passageCount: integer(row, 'passageCount', owner),
      concepts: tuples(row, 'concepts', ['properties', 'passages', 'documents'], owner).map(
        (entry) => ({
          concept: toNodeModel('Concept', record(entry, 'properties', owner)) as ConceptModel,
          passages: integer(entry, 'passages', owner),
          // By the reading key of each document's first passage mentioning the concept.
          documents: tuples(entry, 'documents', ['key', 'document'], owner)
            .map((first) => ({
              key: text(first, 'key', owner),
              slug: text(first, 'document', owner),
            }))
            .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
            .map((document) => document.slug),
        }),
      ),
      pairs: tuples(row, 'pairs', ['source', 'target', 'count'], owner).map((pair) => ({
        source: text(pair, 'source', owner),
        target: text(pair, 'target', owner),
        count: integer(pair, 'count', owner),
      })),
    };
  }

  /**
   * For each pair of concept slugs, in order, the first `limit` passages in scope that mention
   * both, in reading order: a concept map's evidence for its edges, read for the edges asked. Over
   * the whole corpus, the source's mentions are read in reading order from their index until
   * `limit` of them are of passages that mention the target too; within a document or section,
   * its passages are read once and tested for each pair.
   */
  async passagesMentioningBoth(
    scope: PassageScope,
    pairs: readonly ConceptPair[],
    limit: number,
  ): Promise<PassageModel[][]> {
    const mentionsBoth = (p: string) =>
      `EXISTS { (${p})-[:MENTIONS]->(:Concept {slug: $pairs[position].target}) }`;
    const wholeCorpus = scope.document === null && scope.section === null;
    const sourceMentions = listIndexSeek('m', 'MENTIONS', '$pairs[position].source');
    const evidence = wholeCorpus
      ? `CALL (position) {
             MATCH (:Concept)<-[m:MENTIONS]-(p:Passage) ${sourceMentions.hint}
             WHERE ${[...sourceMentions.conditions, mentionsBoth('p')].join(' AND ')}
             WITH p ORDER BY ${sourceMentions.orderBy.join(', ')} LIMIT $limit
             RETURN collect(${nodeProperties('p')}) AS passages
           }`
      : `CALL (position, inScope) {
             UNWIND inScope AS p
             WITH p WHERE EXISTS { (p)-[:MENTIONS]->(:Concept {slug: $pairs[position].source}) }
               AND ${mentionsBoth('p')}
             WITH p ORDER BY p.readingKey LIMIT $limit
             RETURN collect(${nodeProperties('p')}) AS passages
           }`;
    const rows = await this.gateway.read(
      `${wholeCorpus ? '' : `${passagesIn(scope)} WITH collect(p) AS inScope`}
       UNWIND range(0, size($pairs) - 1) AS position
       ${evidence}
       RETURN position, passages`,
      { ...scope, pairs: pairs.map(({ source, target }) => ({ source, target })), limit },
    );
    const found = pairs.map((): PassageModel[] => []);
    for (const row of rows) {
      found[integer(row, 'position', 'co-mentioning passages')] = records(
        row,
        'passages',
        'co-mentioning passages',
      ).map((passage) => toNodeModel('Passage', passage) as PassageModel);
    }
    return found;
  }

  /** For each source slug, in order, the `limit` best related findings. */
  async relatedFindings(
    source: RelatedSource,
    slugs: readonly string[],
    limit: number,
  ): Promise<RelatedFindingModel[][]> {
    const hubFindings = listIndexSeek('r', 'ABOUT', 'hub.slug');
    const rows = await this.gateway.read(
      // Each seed's weight is worked out once. The findings split in two: those about a seed other
      // than the one with most findings (the hub), each scored over all seeds; and those about
      // the hub alone, which all score the hub's weight, so that the first of them by slug are
      // the best, read in slug order from the hub's list through its index. The best of both are
      // the best of all, and the hub's findings are read only as far as the answer needs.
      `CALL () { MATCH (x:Finding) RETURN toFloat(count(x)) AS total }
       UNWIND $slugs AS slug
       CALL (slug, total) {
         CALL (slug) { ${SEEDS[source]} }
         WITH total, seed, max(proximity) AS proximity
         WITH total, seed, proximity, COUNT { (seed)<-[:ABOUT]-(:Finding) } AS about
         WHERE about > 0
         WITH seed, about, proximity * (log(total / about) + 1) AS weight
         ORDER BY weight DESC, seed.slug
         WITH collect({seed: seed, weight: weight, about: about}) AS seeds
         WITH seeds, reduce(largest = null, e IN seeds |
           CASE WHEN largest IS NULL OR e.about > largest.about THEN e ELSE largest END) AS largest
         RETURN seeds, largest, [e IN seeds WHERE e.seed <> largest.seed] AS others
       }
       // The best about a seed other than the hub, each scored by the weights of all the seeds it
       // is about.
       CALL (slug, seeds, others) {
         UNWIND others AS entry
         WITH entry.seed AS seed
         MATCH (seed)<-[:ABOUT]-(g:Finding)
         WHERE NOT (g.slug = slug AND $source = 'Finding')
         WITH DISTINCT g
         WITH g, COLLECT { MATCH (g)-[:ABOUT]->(s) RETURN s } AS subjects
         WITH g, subjects,
              reduce(score = 0.0, e IN seeds | score + CASE WHEN e.seed IN subjects THEN e.weight ELSE 0.0 END) AS score
         ORDER BY score DESC, g.slug
         LIMIT $limit
         RETURN collect({g: g, score: score, subjects: subjects}) AS best
       }
       CALL (slug, seeds, largest, others) {
         WITH largest.seed AS hub, [e IN others | e.seed] AS otherSeeds
         MATCH (hub)<-[r:ABOUT]-(g:Finding) ${hubFindings.hint}
         WHERE ${hubFindings.conditions.join(' AND ')}
           AND NOT (g.slug = slug AND $source = 'Finding')
           AND NOT EXISTS { (g)-[:ABOUT]->(other) WHERE other IN otherSeeds }
         WITH hub, g ORDER BY ${hubFindings.orderBy.join(', ')} LIMIT $limit
         RETURN collect({g: g, score: largest.weight, subjects: [hub]}) AS hubOnly
       }
       CALL (best, hubOnly) {
         UNWIND best + hubOnly AS item
         WITH item ORDER BY item.score DESC, item.g.slug LIMIT $limit
         RETURN collect(item) AS ranked
       }
       RETURN slug, [item IN ranked | {
         finding: ${nodeProperties('item.g')},
         score: item.score,
         shared: [e IN seeds WHERE e.seed IN item.subjects | {
           label: [l IN $subjects WHERE l IN labels(e.seed)][0],
           subject: ${nodeProperties('e.seed')},
           weight: e.weight
         }]
       }] AS related`,
      { slugs, source, limit, subjects: SUBJECT_LABELS },
    );
    const owner = 'related finding row';
    const bySlug = new Map(rows.map((row) => [text(row, 'slug', owner), records(row, 'related')]));
    return slugs.map((slug) =>
      (bySlug.get(slug) ?? []).map((item) => ({
        finding: toNodeModel('Finding', record(item, 'finding', owner)) as FindingModel,
        score: numeric(item, 'score', owner),
        shared: records(item, 'shared', owner).map((entry) => ({
          subject: toNodeModel(
            oneOf(entry, 'label', SUBJECT_LABELS, owner),
            record(entry, 'subject', owner),
          ) as SubjectModel,
          weight: numeric(entry, 'weight', owner),
        })),
      })),
    );
  }

  /** Every instrument a table places in a theme's column, with the column's place in the table. */
  async instrumentPlacements(): Promise<Placement[]> {
    const rows = await this.gateway.read(
      `MATCH (i:PolicyInstrument)-[r:SERVES]->(t:Theme)
       RETURN ${nodeProperties('t')} AS theme, ${nodeProperties('i')} AS instrument, properties(r) AS serves
       ORDER BY r.column, i.sortKey, i.slug`,
    );
    return rows.map((row) => {
      const instrument = toNodeModel(
        'PolicyInstrument',
        row['instrument'] as Properties,
      ) as PolicyInstrumentModel;
      return {
        theme: toNodeModel('Theme', row['theme'] as Properties) as ThemeModel,
        instrument,
        column: integer(
          row['serves'] as Properties,
          'column',
          `SERVES relationship of ${instrument.slug}`,
        ),
      };
    });
  }

  /**
   * Entities of `label` mentioned in the passages of both sides (other than the sides themselves),
   * the ones with most passages first, at most `limit`; each with the passages of each side that
   * mention it, in reading order, at most `pages.a` on a's side and `pages.b` on b's.
   */
  async sharedEntities<L extends SharedLabel>(
    label: L,
    a: NodeRef,
    b: NodeRef,
    limit: number,
    pages: { readonly a: number; readonly b: number },
  ): Promise<Omit<SharedEntityModel<L>, 'bridge'>[]> {
    // Each side's passages are read once and grouped by what they mention: no passage is looked
    // for in a list, which would cost a side's size for every mention of the other.
    const rows = await this.gateway.read(
      `CALL () {
         WITH $a AS slug ${passagesOf(a.label)} RETURN DISTINCT p, true AS onA
         UNION
         WITH $b AS slug ${passagesOf(b.label)} RETURN DISTINCT p, false AS onA
       }
       MATCH (p)-[:MENTIONS]->(e:${label})
       WHERE NOT (e.slug IN [$a, $b])
       WITH e, collect(CASE WHEN onA THEN p END) AS passagesA, collect(CASE WHEN NOT onA THEN p END) AS passagesB
       WHERE size(passagesA) > 0 AND size(passagesB) > 0
       ORDER BY size(passagesA) + size(passagesB) DESC, e.sortKey, e.slug
       LIMIT $limit
       // Only the entities kept have their passages put in reading order, not every mention.
       RETURN ${nodeProperties('e')} AS entity,
              COLLECT { UNWIND passagesA AS p WITH p ORDER BY p.readingKey LIMIT $pageA RETURN ${nodeProperties('p')} } AS passagesA,
              COLLECT { UNWIND passagesB AS p WITH p ORDER BY p.readingKey LIMIT $pageB RETURN ${nodeProperties('p')} } AS passagesB`,
      { a: a.slug, b: b.slug, limit, pageA: pages.a, pageB: pages.b },
    );
    const passages = (list: PlainValue | undefined) =>
      (list as Properties[]).map((passage) => toNodeModel('Passage', passage) as PassageModel);
    return rows.map((row) => ({
      entity: toNodeModel(label, row['entity'] as Properties) as SharedEntityModel<L>['entity'],
      passagesA: passages(row['passagesA']),
      passagesB: passages(row['passagesB']),
    }));
  }

  /**
   * The first `limit` findings about both `a` and `b` (subjects), by slug: read in the order of
   * `a`'s list of findings through its index, until `limit` of them are about `b` too.
   */
  async findingsAboutBoth(a: SubjectRef, b: SubjectRef, limit: number): Promise<FindingModel[]> {
    const { match, orderBy } = relationMatch(relationNamed(`${a.label}<-ABOUT`), 'a', 'r', 'f', {
      conditions: [`EXISTS { (f)-[:ABOUT]->(:${b.label} {slug: $b}) }`],
      sourceSlug: '$a',
    });
    const rows = await this.gateway.read(
      `MATCH (a:${a.label} {slug: $a})
       ${match}
       WITH f ORDER BY ${orderBy} LIMIT $limit
       RETURN ${nodeProperties('f')} AS finding`,
      { a: a.slug, b: b.slug, limit },
    );
    return rows.map(
      (row) => toNodeModel('Finding', record(row, 'finding', 'shared finding')) as FindingModel,
    );
  }

  /**
   * For each entity slug, in order, the first `limit` findings about the entity of `label` that are
   * stated in a passage of `side`: in reading order of the first such passage, then by slug.
   */
  async findingsStatedAbout(
    label: SharedLabel,
    side: NodeRef,
    entities: readonly string[],
    limit: number,
  ): Promise<FindingModel[][]> {
    const rows = await this.gateway.read(
      // The entities are found first, so that what each finding is about is told by the node, not
      // by reading the slug of every subject of every finding on the side.
      `MATCH (entity:${label}) WHERE entity.slug IN $entities
       WITH collect(entity) AS entities
       CALL () { WITH $side AS slug ${passagesOf(side.label)} RETURN DISTINCT p }
       MATCH (p)<-[:STATED_IN]-(f:Finding)-[:ABOUT]->(e)
       WHERE e IN entities
       WITH e, f, min(p.readingKey) AS readingKey
       ORDER BY readingKey, f.slug
       WITH e.slug AS entity, collect(f)[0..$limit] AS findings
       RETURN entity, [f IN findings | ${nodeProperties('f')}] AS findings`,
      { side: side.slug, entities, limit },
    );
    const owner = 'findings stated about an entity';
    const byEntity = new Map(
      rows.map((row) => [text(row, 'entity', owner), records(row, 'findings', owner)]),
    );
    return entities.map((entity) =>
      (byEntity.get(entity) ?? []).map(
        (finding) => toNodeModel('Finding', finding) as FindingModel,
      ),
    );
  }
}
