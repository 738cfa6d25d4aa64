/**
 * Reads behind the research views: the concept mentions per passage (co-occurrence map), ranked
 * related findings (batched per source), the instrument matrix, and what two nodes share (bridges).
 */
import type {
  RelatedFindingModel,
  SharedEntityModel,
  SharedLabel,
} from '../domain/analysis-models.js';
import type { Placement } from '../domain/instrument-matrix.js';
import {
  PASSAGE_ROUTES,
  SUBJECT_LABELS,
  type NodeLabel,
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
  type Properties,
} from './property-readers.js';
import type { NodeRef } from './traversal.repository.js';
import { nodeProperties } from './node-projection.js';

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

  /** Each passage in scope with the concepts it mentions (a passage mentioning none included). */
  async conceptsPerPassage(document: string | null, section: string | null) {
    const rows = await this.gateway.read(
      `MATCH (p:Passage)
       WHERE ($document IS NULL OR p.document = $document)
         AND ($section IS NULL OR EXISTS { (:Section {slug: $section})-[:HAS_PASSAGE]->(p) })
       OPTIONAL MATCH (p)-[:MENTIONS]->(c:Concept)
       WITH p, collect(${nodeProperties('c')}) AS concepts
       ORDER BY p.readingKey
       RETURN ${nodeProperties('p')} AS passage, concepts`,
      { document, section },
    );
    return rows.map((row) => ({
      passage: toNodeModel('Passage', row['passage'] as Properties) as PassageModel,
      concepts: (row['concepts'] as Properties[]).map(
        (concept) => toNodeModel('Concept', concept) as ConceptModel,
      ),
    }));
  }

  /** For each source slug, in order, the `limit` best related findings. */
  async relatedFindings(
    source: RelatedSource,
    slugs: readonly string[],
    limit: number,
  ): Promise<RelatedFindingModel[][]> {
    const rows = await this.gateway.read(
      `CALL () { MATCH (x:Finding) RETURN toFloat(count(x)) AS total }
       UNWIND $slugs AS slug
       CALL (slug) { ${SEEDS[source]} }
       MATCH (seed)<-[:ABOUT]-(g:Finding)
       WHERE NOT (g.slug = slug AND $source = 'Finding')
       WITH total, slug, g, seed, max(proximity) AS proximity
       WITH slug, g, seed, proximity * (log(total / COUNT { (seed)<-[:ABOUT]-(:Finding) }) + 1) AS weight
       WITH slug, g, collect({label: [l IN $subjects WHERE l IN labels(seed)][0], subject: ${nodeProperties('seed')}, weight: weight}) AS shared,
            sum(weight) AS score
       ORDER BY score DESC, g.slug
       WITH slug, collect({finding: ${nodeProperties('g')}, score: score, shared: shared})[0..$limit] AS related
       RETURN slug, related`,
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
   * mention it, in reading order, at most `pageSize` per side.
   */
  async sharedEntities<L extends SharedLabel>(
    label: L,
    a: NodeRef,
    b: NodeRef,
    limit: number,
    pageSize: number,
  ): Promise<Omit<SharedEntityModel<L>, 'bridge'>[]> {
    const rows = await this.gateway.read(
      `WITH $a AS slug
       CALL (slug) { ${passagesOf(a.label)} RETURN collect(DISTINCT p) AS sideA }
       WITH sideA, $b AS slug
       CALL (slug) { ${passagesOf(b.label)} RETURN collect(DISTINCT p) AS sideB }
       UNWIND sideA AS pa
       MATCH (pa)-[:MENTIONS]->(e:${label})
       WHERE NOT (e.slug IN [$a, $b])
       WITH sideB, e, pa ORDER BY pa.readingKey
       WITH sideB, e, collect(pa) AS passagesA
       MATCH (e)<-[:MENTIONS]-(pb:Passage)
       WHERE pb IN sideB
       WITH e, passagesA, pb ORDER BY pb.readingKey
       WITH e, passagesA, collect(pb) AS passagesB
       ORDER BY size(passagesA) + size(passagesB) DESC, e.sortKey, e.slug
       LIMIT $limit
       RETURN ${nodeProperties('e')} AS entity,
              [p IN passagesA[0..$pageSize] | ${nodeProperties('p')}] AS passagesA,
              [p IN passagesB[0..$pageSize] | ${nodeProperties('p')}] AS passagesB`,
      { a: a.slug, b: b.slug, limit, pageSize },
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
      `WITH $side AS slug
       CALL (slug) { ${passagesOf(side.label)} RETURN collect(DISTINCT p) AS passages }
       UNWIND $entities AS entity
       CALL (entity, passages) {
         MATCH (:${label} {slug: entity})<-[:ABOUT]-(f:Finding)-[:STATED_IN]->(p:Passage)
         WHERE p IN passages
         WITH f, min(p.readingKey) AS readingKey
         ORDER BY readingKey, f.slug
         LIMIT $limit
         RETURN collect(${nodeProperties('f')}) AS findings
       }
       RETURN entity, findings`,
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
