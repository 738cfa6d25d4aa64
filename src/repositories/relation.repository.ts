/**
 * Neighbours along one named relation, for many source nodes in one statement. Each relation is a
 * whitelisted pattern (type, direction, target labels, order), so resolvers ask for "the authors of
 * these essays", never for arbitrary Cypher.
 */
import {
  ENTITY_LABELS,
  type EntityLabel,
  type NodeLabel,
  type RelationshipType,
} from '../domain/graph-model.js';
import type { AnyNodeModel } from '../domain/models.js';
import type { Neo4jGateway } from '../neo4j/gateway.js';
import type { PlainValue } from '../neo4j/values.js';
import { toNodeModel } from './node-mappers.js';

interface RelationSpec {
  readonly source: NodeLabel;
  readonly type: RelationshipType;
  /** `out`: (source)-[type]->(target); `in`: (source)<-[type]-(target). */
  readonly direction: 'out' | 'in';
  /** The label of the neighbours, or the labels they may have. */
  readonly target: NodeLabel | readonly NodeLabel[];
  /** Cypher expression over `r` (relationship) and `t` (target) that orders the neighbours. */
  readonly orderBy: string;
}

function relation<const S extends RelationSpec>(spec: S): S {
  return spec;
}

function perEntity<P extends string, T extends NodeLabel>(
  prefix: P,
  target: T,
  spec: (label: EntityLabel | 'Theme') => Omit<RelationSpec, 'target'>,
): Record<`${P}${EntityLabel | 'Theme'}`, RelationSpec & { readonly target: T }> {
  return Object.fromEntries(
    [...ENTITY_LABELS, 'Theme' as const].map((label) => [
      `${prefix}${label}`,
      { ...spec(label), target },
    ]),
  ) as Record<`${P}${EntityLabel | 'Theme'}`, RelationSpec & { readonly target: T }>;
}

export const RELATIONS = {
  projectsOfProgramme: relation({
    source: 'Programme',
    type: 'PART_OF',
    direction: 'in',
    target: 'Project',
    orderBy: 't.title',
  }),
  programmeOfProject: relation({
    source: 'Project',
    type: 'PART_OF',
    direction: 'out',
    target: 'Programme',
    orderBy: 't.slug',
  }),
  coordinatorOfProgramme: relation({
    source: 'Programme',
    type: 'COORDINATED_BY',
    direction: 'out',
    target: 'Organisation',
    orderBy: 't.slug',
  }),
  programmesCoordinatedBy: relation({
    source: 'Organisation',
    type: 'COORDINATED_BY',
    direction: 'in',
    target: 'Programme',
    orderBy: 't.name',
  }),
  essaysOfProject: relation({
    source: 'Project',
    type: 'OUTPUT_OF',
    direction: 'in',
    target: 'Essay',
    orderBy: 't.seriesPosition',
  }),
  projectOfEssay: relation({
    source: 'Essay',
    type: 'OUTPUT_OF',
    direction: 'out',
    target: 'Project',
    orderBy: 't.slug',
  }),
  authorsOfEssay: relation({
    source: 'Essay',
    type: 'AUTHORED',
    direction: 'in',
    target: 'Person',
    orderBy: 'r.position',
  }),
  essaysOfAuthor: relation({
    source: 'Person',
    type: 'AUTHORED',
    direction: 'out',
    target: 'Essay',
    orderBy: 't.seriesPosition',
  }),
  prefacesOfWriter: relation({
    source: 'Person',
    type: 'WROTE',
    direction: 'out',
    target: 'Preface',
    orderBy: 't.title',
  }),
  writerOfPreface: relation({
    source: 'Preface',
    type: 'WROTE',
    direction: 'in',
    target: 'Person',
    orderBy: 't.slug',
  }),
  essaysOfPreface: relation({
    source: 'Preface',
    type: 'INTRODUCES',
    direction: 'out',
    target: 'Essay',
    orderBy: 't.seriesPosition',
  }),
  prefaceOfEssay: relation({
    source: 'Essay',
    type: 'INTRODUCES',
    direction: 'in',
    target: 'Preface',
    orderBy: 't.slug',
  }),
  affiliationsOfPerson: relation({
    source: 'Person',
    type: 'AFFILIATED_WITH',
    direction: 'out',
    target: 'Organisation',
    orderBy: 't.name',
  }),
  affiliationsOfOrganisation: relation({
    source: 'Organisation',
    type: 'AFFILIATED_WITH',
    direction: 'in',
    target: 'Person',
    orderBy: 't.name',
  }),
  sectionsOfEssay: relation({
    source: 'Essay',
    type: 'HAS_SECTION',
    direction: 'out',
    target: 'Section',
    orderBy: 'r.order',
  }),
  sectionsOfPreface: relation({
    source: 'Preface',
    type: 'HAS_SECTION',
    direction: 'out',
    target: 'Section',
    orderBy: 'r.order',
  }),
  documentOfSection: relation({
    source: 'Section',
    type: 'HAS_SECTION',
    direction: 'in',
    target: ['Essay', 'Preface'],
    orderBy: 't.slug',
  }),
  passagesOfSection: relation({
    source: 'Section',
    type: 'HAS_PASSAGE',
    direction: 'out',
    target: 'Passage',
    orderBy: 'r.order',
  }),
  sectionOfPassage: relation({
    source: 'Passage',
    type: 'HAS_PASSAGE',
    direction: 'in',
    target: 'Section',
    orderBy: 't.slug',
  }),
  nextPassage: relation({
    source: 'Passage',
    type: 'NEXT',
    direction: 'out',
    target: 'Passage',
    orderBy: 't.ordinal',
  }),
  previousPassage: relation({
    source: 'Passage',
    type: 'NEXT',
    direction: 'in',
    target: 'Passage',
    orderBy: 't.ordinal',
  }),
  mentionsOfPassage: relation({
    source: 'Passage',
    type: 'MENTIONS',
    direction: 'out',
    target: ENTITY_LABELS,
    orderBy: 'r.count DESC',
  }),
  findingsOfPassage: relation({
    source: 'Passage',
    type: 'STATED_IN',
    direction: 'in',
    target: 'Finding',
    orderBy: 't.slug',
  }),
  passageOfFinding: relation({
    source: 'Finding',
    type: 'STATED_IN',
    direction: 'out',
    target: 'Passage',
    orderBy: 't.slug',
  }),
  subjectsOfFinding: relation({
    source: 'Finding',
    type: 'ABOUT',
    direction: 'out',
    target: [...ENTITY_LABELS, 'Theme'],
    orderBy: 't.slug',
  }),
  broaderConcepts: relation({
    source: 'Concept',
    type: 'BROADER',
    direction: 'out',
    target: 'Concept',
    orderBy: 't.prefLabelNl',
  }),
  narrowerConcepts: relation({
    source: 'Concept',
    type: 'BROADER',
    direction: 'in',
    target: 'Concept',
    orderBy: 't.prefLabelNl',
  }),
  relatedConcepts: relation({
    source: 'Concept',
    type: 'RELATED',
    direction: 'out',
    target: 'Concept',
    orderBy: 't.prefLabelNl',
  }),
  relatedConceptsInverse: relation({
    source: 'Concept',
    type: 'RELATED',
    direction: 'in',
    target: 'Concept',
    orderBy: 't.prefLabelNl',
  }),
  themesOfInstrument: relation({
    source: 'PolicyInstrument',
    type: 'SERVES',
    direction: 'out',
    target: 'Theme',
    orderBy: 't.labelNl',
  }),
  instrumentsOfTheme: relation({
    source: 'Theme',
    type: 'SERVES',
    direction: 'in',
    target: 'PolicyInstrument',
    orderBy: 't.name',
  }),
  regionsContaining: relation({
    source: 'Region',
    type: 'PART_OF',
    direction: 'out',
    target: 'Region',
    orderBy: 't.name',
  }),
  regionsWithin: relation({
    source: 'Region',
    type: 'PART_OF',
    direction: 'in',
    target: 'Region',
    orderBy: 't.name',
  }),
  ...perEntity('passagesMentioning', 'Passage', (label) => ({
    source: label,
    type: 'MENTIONS',
    direction: 'in',
    orderBy: 't.readingKey',
  })),
  ...perEntity('findingsAbout', 'Finding', (label) => ({
    source: label,
    type: 'ABOUT',
    direction: 'in',
    orderBy: 't.slug',
  })),
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
    const targets: readonly NodeLabel[] =
      typeof spec.target === 'string' ? [spec.target] : spec.target;
    const target = `t:${targets.join('|')}`;
    const pattern =
      spec.direction === 'out'
        ? `(s:${spec.source} {slug: slug})-[r:${spec.type}]->(${target})`
        : `(s:${spec.source} {slug: slug})<-[r:${spec.type}]-(${target})`;
    const rows = await this.gateway.read(
      `UNWIND $slugs AS slug
       MATCH ${pattern}
       WITH slug, r, t ORDER BY ${spec.orderBy}, t.slug
       RETURN slug, collect({
         edge: properties(r),
         node: properties(t),
         label: [label IN labels(t) WHERE label IN $targets][0]
       }) AS neighbours`,
      { slugs, targets },
    );
    const bySlug = new Map(rows.map((row) => [row['slug'] as string, row['neighbours']]));
    return slugs.map((slug) =>
      (
        (bySlug.get(slug) ?? []) as {
          edge: Neighbour['edge'];
          node: Record<string, PlainValue>;
          label: NodeLabel;
        }[]
      ).map((item) => ({ edge: item.edge, node: toNodeModel(item.label, item.node) })),
    );
  }
}
