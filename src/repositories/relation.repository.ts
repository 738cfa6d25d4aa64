/**
 * Neighbours along one named relation, for many source nodes in one statement. Each relation is a
 * whitelisted pattern (type, direction, target label, order), so resolvers ask for "the authors of
 * these essays", never for arbitrary Cypher.
 */
import type { NodeLabel, RelationshipType } from '../domain/graph-model.js';
import type { AnyNodeModel } from '../domain/models.js';
import type { Neo4jGateway } from '../neo4j/gateway.js';
import type { PlainValue } from '../neo4j/values.js';
import { toNodeModel } from './node-mappers.js';

interface RelationSpec {
  readonly source: NodeLabel;
  readonly type: RelationshipType;
  /** `out`: (source)-[type]->(target); `in`: (source)<-[type]-(target). */
  readonly direction: 'out' | 'in';
  readonly target: NodeLabel;
  /** Cypher expression over `r` (relationship) and `t` (target) that orders the neighbours. */
  readonly orderBy: string;
}

export const RELATIONS = {
  projectsOfProgramme: {
    source: 'Programme',
    type: 'PART_OF',
    direction: 'in',
    target: 'Project',
    orderBy: 't.title',
  },
  programmeOfProject: {
    source: 'Project',
    type: 'PART_OF',
    direction: 'out',
    target: 'Programme',
    orderBy: 't.slug',
  },
  coordinatorOfProgramme: {
    source: 'Programme',
    type: 'COORDINATED_BY',
    direction: 'out',
    target: 'Organisation',
    orderBy: 't.slug',
  },
  programmesCoordinatedBy: {
    source: 'Organisation',
    type: 'COORDINATED_BY',
    direction: 'in',
    target: 'Programme',
    orderBy: 't.name',
  },
  essaysOfProject: {
    source: 'Project',
    type: 'OUTPUT_OF',
    direction: 'in',
    target: 'Essay',
    orderBy: 't.seriesPosition',
  },
  projectOfEssay: {
    source: 'Essay',
    type: 'OUTPUT_OF',
    direction: 'out',
    target: 'Project',
    orderBy: 't.slug',
  },
  authorsOfEssay: {
    source: 'Essay',
    type: 'AUTHORED',
    direction: 'in',
    target: 'Person',
    orderBy: 'r.position',
  },
  essaysOfAuthor: {
    source: 'Person',
    type: 'AUTHORED',
    direction: 'out',
    target: 'Essay',
    orderBy: 't.seriesPosition',
  },
  prefacesOfWriter: {
    source: 'Person',
    type: 'WROTE',
    direction: 'out',
    target: 'Preface',
    orderBy: 't.title',
  },
  writerOfPreface: {
    source: 'Preface',
    type: 'WROTE',
    direction: 'in',
    target: 'Person',
    orderBy: 't.slug',
  },
  essaysOfPreface: {
    source: 'Preface',
    type: 'INTRODUCES',
    direction: 'out',
    target: 'Essay',
    orderBy: 't.seriesPosition',
  },
  prefaceOfEssay: {
    source: 'Essay',
    type: 'INTRODUCES',
    direction: 'in',
    target: 'Preface',
    orderBy: 't.slug',
  },
  affiliationsOfPerson: {
    source: 'Person',
    type: 'AFFILIATED_WITH',
    direction: 'out',
    target: 'Organisation',
    orderBy: 't.name',
  },
  affiliationsOfOrganisation: {
    source: 'Organisation',
    type: 'AFFILIATED_WITH',
    direction: 'in',
    target: 'Person',
    orderBy: 't.name',
  },
} as const satisfies Record<string, RelationSpec>;

export type RelationName = keyof typeof RELATIONS;

/** A neighbour and the properties of the relationship that leads to it. */
export interface Neighbour {
  readonly node: AnyNodeModel;
  readonly edge: { readonly [key: string]: PlainValue };
}

export class RelationRepository {
  constructor(private readonly gateway: Neo4jGateway) {}

  /** For each source slug, in slug order, its neighbours along `relation` in the relation's order. */
  async neighbours(relation: RelationName, slugs: readonly string[]): Promise<Neighbour[][]> {
    const spec: RelationSpec = RELATIONS[relation];
    const pattern =
      spec.direction === 'out'
        ? `(s:${spec.source} {slug: slug})-[r:${spec.type}]->(t:${spec.target})`
        : `(s:${spec.source} {slug: slug})<-[r:${spec.type}]-(t:${spec.target})`;
    const rows = await this.gateway.read(
      `UNWIND $slugs AS slug
       MATCH ${pattern}
       WITH slug, r, t ORDER BY ${spec.orderBy}, t.slug
       RETURN slug, collect({edge: properties(r), node: properties(t)}) AS neighbours`,
      { slugs },
    );
    const bySlug = new Map(rows.map((row) => [row['slug'] as string, row['neighbours']]));
    return slugs.map((slug) =>
      (
        (bySlug.get(slug) ?? []) as { edge: Neighbour['edge']; node: Record<string, PlainValue> }[]
      ).map((item) => ({ edge: item.edge, node: toNodeModel(spec.target, item.node) })),
    );
  }
}
