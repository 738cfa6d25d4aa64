/**
 * Models of the research views (traversal, related findings, co-occurrence, instrument matrix,
 * bridges): what resolvers receive as parents (codegen mappers).
 */
import type { CooccurrenceMap } from './cooccurrence.js';
import type { RelationshipType } from './graph-model.js';
import type {
  AnyNodeModel,
  ConceptModel,
  FindingModel,
  Horizon,
  PassageModel,
  PolicyInstrumentModel,
  RegionModel,
  SubjectModel,
  ThemeModel,
} from './models.js';

/**
 * The stored properties of a relationship, read with checks: a missing or mistyped property throws,
 * naming the relationship, rather than reading as an empty or zero value.
 */
export interface PropertyReader {
  text(key: string): string;
  optionalText(key: string): string | null;
  integer(key: string): number;
  textList(key: string): string[];
}

/** A stored relationship with both its nodes and its properties (the raw stuff of evidence). */
export interface EdgeModel {
  readonly type: RelationshipType;
  readonly from: AnyNodeModel;
  readonly to: AnyNodeModel;
  readonly properties: PropertyReader;
}

export interface PathModel {
  readonly nodes: readonly AnyNodeModel[];
  readonly edges: readonly EdgeModel[];
}

export interface NeighbourhoodModel {
  readonly center: AnyNodeModel;
  readonly edges: readonly EdgeModel[];
  readonly truncated: boolean;
}

export interface RelatedFindingModel {
  readonly finding: FindingModel;
  readonly score: number;
  readonly shared: readonly { readonly subject: SubjectModel; readonly weight: number }[];
}

/** The passages a concept map is drawn from: all, or those of one document or one section. */
export interface PassageScope {
  /** The slug of an essay or preface. */
  readonly document: string | null;
  /** The slug of a section. */
  readonly section: string | null;
}

export interface ConceptMapModel extends CooccurrenceMap<ConceptModel> {
  readonly scope: PassageScope;
}

export type ConceptMapNodeModel = ConceptMapModel['nodes'][number];

/** A pair on the map, with the scope its evidence (the passages mentioning both) is read from. */
export type ConceptMapEdgeModel = ConceptMapModel['edges'][number] & {
  readonly scope: PassageScope;
};

export interface InstrumentMatrixModel {
  readonly themes: readonly ThemeModel[];
  readonly horizons: readonly Horizon[];
  readonly cells: readonly {
    readonly theme: ThemeModel;
    readonly horizon: Horizon;
    readonly instruments: readonly PolicyInstrumentModel[];
  }[];
}

/** Two nodes to bridge; what they share is read when a client asks for it. */
export interface BridgeModel {
  readonly a: AnyNodeModel;
  readonly b: AnyNodeModel;
}

/** The kinds of entity a bridge lists as shared with their passages, each in a field of its own. */
interface SharedEntities {
  readonly Concept: ConceptModel;
  readonly Region: RegionModel;
}

export type SharedLabel = keyof SharedEntities;

/**
 * An entity the passages of both sides of a bridge mention, with those passages in reading order
 * (at most a largest page of them per side); what each side states about it is read when a client
 * asks for it, and needs the bridge.
 */
export interface SharedEntityModel<L extends SharedLabel = SharedLabel> {
  readonly bridge: BridgeModel;
  readonly entity: SharedEntities[L];
  readonly passagesA: readonly PassageModel[];
  readonly passagesB: readonly PassageModel[];
}

export type SharedConceptModel = SharedEntityModel<'Concept'>;

export type SharedRegionModel = SharedEntityModel<'Region'>;

export type SharedSidesModel = SharedEntityModel;
