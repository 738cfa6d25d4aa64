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
  PersonModel,
  PolicyInstrumentModel,
  ThemeModel,
} from './models.js';

/** A stored relationship with both its nodes and its properties (the raw stuff of evidence). */
export interface EdgeModel {
  readonly type: RelationshipType;
  readonly from: AnyNodeModel;
  readonly to: AnyNodeModel;
  readonly properties: { readonly [key: string]: unknown };
}

export interface PathModel {
  readonly nodes: readonly AnyNodeModel[];
  readonly edges: readonly EdgeModel[];
}

export interface NeighbourhoodModel {
  readonly center: AnyNodeModel;
  readonly nodes: readonly AnyNodeModel[];
  readonly edges: readonly EdgeModel[];
  readonly truncated: boolean;
}

export type SubjectModel = Extract<
  AnyNodeModel,
  { label: 'Concept' | 'PolicyInstrument' | 'Region' | 'Organisation' | 'Regulation' | 'Theme' }
>;

export interface RelatedFindingModel {
  readonly finding: FindingModel;
  readonly score: number;
  readonly shared: readonly { readonly subject: SubjectModel; readonly weight: number }[];
}

export type ConceptMapModel = CooccurrenceMap<ConceptModel, PassageModel>;

export interface InstrumentMatrixModel {
  readonly themes: readonly ThemeModel[];
  readonly horizons: readonly Horizon[];
  readonly cells: readonly {
    readonly theme: ThemeModel;
    readonly horizon: Horizon;
    readonly instruments: readonly PolicyInstrumentModel[];
  }[];
}

export interface BridgeModel {
  readonly a: AnyNodeModel;
  readonly b: AnyNodeModel;
  readonly sharedConcepts: readonly {
    readonly concept: ConceptModel;
    readonly passagesA: readonly PassageModel[];
    readonly passagesB: readonly PassageModel[];
  }[];
  readonly sharedAuthors: readonly PersonModel[];
  readonly sharedFindings: readonly FindingModel[];
  readonly paths: readonly PathModel[];
}
