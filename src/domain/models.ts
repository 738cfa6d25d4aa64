/**
 * Plain model types: what repositories return and what GraphQL resolvers receive as parents
 * (codegen `mappers`). Every model carries its `label`, which is how the `Node` interface resolves.
 */
import type { EntityLabel, NodeLabel, SubjectLabel } from './graph-model.js';

interface NodeModel<L extends NodeLabel> {
  readonly label: L;
  readonly slug: string;
}

export interface ProgrammeModel extends NodeModel<'Programme'> {
  readonly name: string;
  readonly acronym: string;
  readonly startYear: number;
  readonly endYear: number;
  readonly endMonth: number | null;
  readonly projectCountAtLeast: number | null;
  readonly projectCountSource: string | null;
  /** Where the preface states these facts: passage slugs, pages and quotes, in step. */
  readonly evidence: readonly { passage: string; page: number; quote: string }[];
}

export const PROJECT_KINDS = ['BRIDGE', 'RESEARCH'] as const;

export type ProjectKind = (typeof PROJECT_KINDS)[number];

export interface ProjectModel extends NodeModel<'Project'> {
  readonly title: string;
  readonly kind: ProjectKind;
}

export interface EssayModel extends NodeModel<'Essay'> {
  readonly title: string;
  readonly subtitle: string | null;
  /** Place in the six-essay series; null for an essay outside it. */
  readonly seriesPosition: number | null;
}

export interface PrefaceModel extends NodeModel<'Preface'> {
  readonly title: string;
  readonly writerRole: string | null;
}

export interface PersonModel extends NodeModel<'Person'> {
  readonly name: string;
  readonly honorific: string | null;
}

/** Labels in Dutch and English, with the alternative forms passages are matched on. */
export interface Labels {
  readonly nl: string;
  readonly en: string | null;
  readonly altNl: readonly string[];
  readonly altEn: readonly string[];
}

export interface Definition {
  readonly nl: string;
  readonly en: string;
  /** Whether `nl` quotes the essay verbatim or paraphrases it. */
  readonly source: 'QUOTE' | 'PARAPHRASE';
}

/** A lexicon entry's node: its labels, and the other types the same node also has (its facets). */
interface LexiconNodeModel<L extends EntityLabel> extends NodeModel<L> {
  readonly labels: Labels;
  readonly facets: readonly EntityLabel[];
  /** Passages that mention it, counted at ingestion. */
  readonly passageCount: number;
}

export interface OrganisationModel extends LexiconNodeModel<'Organisation'> {
  readonly name: string;
  readonly kind: string | null;
}

export interface SectionModel extends NodeModel<'Section'> {
  readonly title: string;
  readonly ordinal: number;
  readonly page: number;
  readonly document: string;
}

export type PassageKind = 'PARAGRAPH' | 'LIST_ITEM';

export interface PassageModel extends NodeModel<'Passage'> {
  readonly text: string;
  /** Position in its document, from 1. */
  readonly ordinal: number;
  readonly kind: PassageKind;
  readonly marker: string | null;
  readonly page: number;
  readonly pageEnd: number;
  /** Character offsets where each page of the passage begins, with those pages' numbers. */
  readonly pageStarts: readonly { readonly offset: number; readonly page: number }[];
  readonly footnotes: readonly number[];
  readonly document: string;
  /** Document slug and zero-padded ordinal: sorts passages in reading order across documents. */
  readonly readingKey: string;
}

/** A note printed at the foot of a page, cited by a marker in one passage. */
export interface FootnoteModel extends NodeModel<'Footnote'> {
  readonly number: number;
  /** The page the note is printed on. */
  readonly page: number;
  readonly text: string;
  readonly document: string;
}

export interface ConceptModel extends LexiconNodeModel<'Concept'> {
  readonly definition: Definition | null;
}

export interface ThemeModel extends LexiconNodeModel<'Theme'> {
  readonly definition: Definition | null;
}

export type Horizon = 'SHORT' | 'LONG';

export interface PolicyInstrumentModel extends LexiconNodeModel<'PolicyInstrument'> {
  readonly name: string;
  /** SHORT: under two years; LONG: over two years; null when no table places it. */
  readonly horizon: Horizon | null;
}

/** The kinds of region, as the lexicon and the graph store them. */
export const STORED_REGION_KINDS = [
  'municipality',
  'region',
  'province',
  'country',
  'supranational',
  'place',
] as const;

export type RegionKind = Uppercase<(typeof STORED_REGION_KINDS)[number]>;

export interface RegionModel extends LexiconNodeModel<'Region'> {
  readonly name: string;
  readonly kind: RegionKind;
}

export interface RegulationModel extends LexiconNodeModel<'Regulation'> {
  readonly name: string;
}

export const FINDING_KINDS = ['CLAIM', 'RECOMMENDATION', 'DEFINITION', 'STATISTIC'] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

export interface StatisticValues {
  readonly indicator: string;
  readonly measuresNl: string;
  readonly measuresEn: string;
  readonly value: number;
  readonly unit: string;
  readonly period: string;
  readonly qualifier: string | null;
}

export interface FindingModel extends NodeModel<'Finding'> {
  readonly kind: FindingKind;
  readonly statementNl: string;
  readonly statementEn: string;
  /** Present exactly when `kind` is STATISTIC. */
  readonly statistic: StatisticValues | null;
}

/** A table of an essay, e.g. Table 1, which places the policy instruments. */
export interface TableModel extends NodeModel<'Table'> {
  readonly caption: string;
  readonly page: number;
  readonly document: string | null;
}

export type AnyNodeModel =
  | ProgrammeModel
  | ProjectModel
  | EssayModel
  | PrefaceModel
  | PersonModel
  | OrganisationModel
  | SectionModel
  | PassageModel
  | FootnoteModel
  | ConceptModel
  | ThemeModel
  | PolicyInstrumentModel
  | RegionModel
  | RegulationModel
  | FindingModel
  | TableModel;

/** The model of a node of `L`. */
export type ModelOf<L extends NodeLabel> = Extract<AnyNodeModel, { label: L }>;

/** What a finding can be about. */
export type SubjectModel = ModelOf<SubjectLabel>;

/** What a passage can mention. */
export type EntityModel = ModelOf<EntityLabel>;

/** A person's place on an essay's author list (1 = first author). */
export interface AuthorshipModel {
  readonly position: number;
  readonly person: PersonModel;
  readonly essay: EssayModel;
}

/** A person's role at an organisation, as a source states it. */
export interface AffiliationModel {
  readonly role: string | null;
  readonly person: PersonModel;
  readonly organisation: OrganisationModel;
}

/** A passage mentioning an entity (evidence: the passage itself). */
export interface MentionModel {
  readonly passage: PassageModel;
  readonly entity: EntityModel;
  readonly count: number;
  readonly surfaces: readonly string[];
}

/** A policy instrument's cell in a table: its theme and the table that places it there. */
export interface InstrumentPlacementModel {
  readonly instrument: PolicyInstrumentModel;
  readonly theme: ThemeModel;
  readonly table: string;
  readonly page: number;
}

/** The passage, page and verbatim quote behind a finding. */
export interface EvidenceModel {
  readonly passage: PassageModel;
  readonly page: number;
  readonly quote: string;
}
