/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How co-mention counts are turned into edge weights. */
export type CooccurrenceNormalisation =
  /** count × total passages / (passages of the one × passages of the other): above 1 means more than chance. */
  | 'ASSOCIATION_STRENGTH'
  /** count / passages mentioning either concept. */
  | 'JACCARD'
  /** The number of passages mentioning both concepts. */
  | 'RAW';

/** Whether a label's definition quotes the essay or paraphrases it. */
export type DefinitionSource =
  /** The Dutch definition paraphrases the essay. */
  | 'PARAPHRASE'
  /** The Dutch definition quotes the essay word for word. */
  | 'QUOTE';

/** What a finding is. */
export type FindingKind =
  /** An assertion about how things are or work. */
  | 'CLAIM'
  /** What the essay means by a term or perspective. */
  | 'DEFINITION'
  /** What the essay says should be done. */
  | 'RECOMMENDATION'
  /** A reported figure, measured or forecast; `statistic` holds it. */
  | 'STATISTIC';

/** How long a policy instrument takes to work, as the essay's Table 1 classifies it. */
export type Horizon =
  /** More than two years. */
  | 'LONG'
  /** Less than two years. */
  | 'SHORT';

/** A language labels and statements can be asked in. Dutch is the corpus language; English labels are translations. */
export type Language =
  /** English, translated; where a name has no English form, `label` gives the Dutch one. */
  | 'EN'
  /** Dutch, the language of the corpus. */
  | 'NL';

/** What kind of place a region is. */
export type RegionKind =
  /** A country, e.g. the Netherlands. */
  | 'COUNTRY'
  /** A municipality (gemeente), e.g. Rotterdam. */
  | 'MUNICIPALITY'
  /** A named place that is none of the above, e.g. Schiphol. */
  | 'PLACE'
  /** A province, e.g. Groningen. */
  | 'PROVINCE'
  /** A region within or across provinces, e.g. Zuid-Limburg or the Randstad. */
  | 'REGION'
  /** A union of countries, e.g. the European Union. */
  | 'SUPRANATIONAL';

/** The kinds of link in the graph, in their stored direction. */
export type RelationshipType =
  /** A finding is about an entity or theme. */
  | 'ABOUT'
  /** A person holds a role at an organisation. */
  | 'AFFILIATED_WITH'
  /** A person authored an essay (`position` on the author list). */
  | 'AUTHORED'
  /** A concept is narrower than another (SKOS broader). */
  | 'BROADER'
  /** A passage cites a footnote by its marker. */
  | 'CITES_NOTE'
  /** A policy instrument's name names a concept (Voorkomen VSV: voortijdig schoolverlaten). */
  | 'CONCERNS'
  /** A programme is coordinated by an organisation. */
  | 'COORDINATED_BY'
  /** A section has a passage. */
  | 'HAS_PASSAGE'
  /** A document has a section. */
  | 'HAS_SECTION'
  /** The preface introduces an essay of the series. */
  | 'INTRODUCES'
  /** A finding states an item of a list that another finding introduces (`position` in the list); the item is about everything its introducer is about. */
  | 'ITEM_OF'
  /** A table lists a policy instrument in one of its cells. */
  | 'LISTS'
  /** A passage mentions an entity. */
  | 'MENTIONS'
  /** A passage is followed by the next one of its document. */
  | 'NEXT'
  /** An essay is the output of a bridge project. */
  | 'OUTPUT_OF'
  /** A project is part of a programme; a region lies in a larger one (a place named in the text, e.g. Zuid-Oost Limburg in Zuid-Limburg). */
  | 'PART_OF'
  /** Two concepts are related (SKOS related); the link holds both ways and is stored once. */
  | 'RELATED'
  /** A policy instrument serves a theme, as a table of the essay places it (the link cites the table). */
  | 'SERVES'
  /** A finding is stated in a passage, with the verbatim quote and its page. */
  | 'STATED_IN'
  /** A person wrote the series preface. */
  | 'WROTE';

/** What search can look for. */
export type SearchType =
  /** Concepts, by their labels and definition. */
  | 'CONCEPT'
  /** Essays, by their title and subtitle. */
  | 'ESSAY'
  /** Findings, by their Dutch and English statements and their quote. */
  | 'FINDING'
  /** Footnotes, by their text. */
  | 'FOOTNOTE'
  /** Policy instruments, by their labels. */
  | 'INSTRUMENT'
  /** Organisations, by their labels. */
  | 'ORGANISATION'
  /** Passages, by their text. */
  | 'PASSAGE'
  /** Authors and other people, by their name. */
  | 'PERSON'
  /** The series preface, by its title. */
  | 'PREFACE'
  /** The research programme, by its name and acronym. */
  | 'PROGRAMME'
  /** Research projects, by their title. */
  | 'PROJECT'
  /** Regions and other places, by their labels. */
  | 'REGION'
  /** Laws and regulations, by their labels. */
  | 'REGULATION'
  /** Tables of an essay, by their caption, headings and cells. */
  | 'TABLE'
  /** Policy themes, by their labels and definition. */
  | 'THEME';

export type ConceptEvidenceQueryVariables = Exact<{
  concept?: string;
}>;


export type ConceptEvidenceQuery = { concept: { label: string, altLabels: Array<string>, definition: string | null, definitionSource: DefinitionSource | null, english: string, mentions: { totalCount: number | null, edges: Array<{ node: { page: number, surfaces: Array<string>, quote: string, passage: { slug: string, section: { title: string } | null } } }> | null } | null, findings: { totalCount: number | null, edges: Array<{ node: { statement: string, evidence: { quote: string, page: number } | null } }> | null } | null } | null };

export type RelatedFindingsOfConceptQueryVariables = Exact<{
  concept?: string;
}>;


export type RelatedFindingsOfConceptQuery = { concept: { label: string, relatedFindings: Array<{ score: number, finding: { statement: string, evidence: { quote: string, page: number } | null }, shared: Array<{ weight: number, subject:
          | { label: string }
          | { label: string }
          | Record<PropertyKey, never>
         }> }> | null } | null };

export type RelatedFindingsOfRegionQueryVariables = Exact<{
  region?: string;
}>;


export type RelatedFindingsOfRegionQuery = { region: { label: string, kind: RegionKind, partOf: Array<{ label: string }> | null, parts: { edges: Array<{ node: { label: string, kind: RegionKind } }> | null } | null, relatedFindings: Array<{ score: number, finding: { statement: string, evidence: { quote: string, page: number } | null }, shared: Array<{ weight: number, subject:
          | { label: string }
          | Record<PropertyKey, never>
         }> }> | null } | null };

export type RelatedFindingsOfFindingQueryVariables = Exact<{
  finding?: string;
}>;


export type RelatedFindingsOfFindingQuery = { finding: { kind: FindingKind, statement: string, statistic: { indicator: string, value: number, unit: string, period: string } | null, evidence: { quote: string, page: number } | null, relatedFindings: Array<{ score: number, finding: { slug: string, statement: string }, shared: Array<{ weight: number, subject:
          | { id: string, label: string }
          | { id: string }
          | { id: string }
          | { id: string, label: string }
          | { id: string, label: string }
          | { id: string }
         }> }> | null } | null };

export type PathBetweenQueryVariables = Exact<{
  from?: string;
  to?: string;
}>;


export type PathBetweenQuery = { paths: Array<{ length: number, hops: Array<{ type: RelationshipType, provenance: string | null, from:
        | { __typename: 'Concept', id: string }
        | { __typename: 'Essay', id: string }
        | { __typename: 'Finding', id: string }
        | { __typename: 'Footnote', id: string }
        | { __typename: 'Organisation', id: string }
        | { __typename: 'Passage', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'PolicyInstrument', id: string }
        | { __typename: 'Preface', id: string }
        | { __typename: 'Programme', id: string }
        | { __typename: 'Project', id: string }
        | { __typename: 'Region', id: string }
        | { __typename: 'Regulation', id: string }
        | { __typename: 'Section', id: string }
        | { __typename: 'Table', id: string }
        | { __typename: 'Theme', id: string }
      , to:
        | { __typename: 'Concept', id: string }
        | { __typename: 'Essay', id: string }
        | { __typename: 'Finding', id: string }
        | { __typename: 'Footnote', id: string }
        | { __typename: 'Organisation', id: string }
        | { __typename: 'Passage', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'PolicyInstrument', id: string }
        | { __typename: 'Preface', id: string }
        | { __typename: 'Programme', id: string }
        | { __typename: 'Project', id: string }
        | { __typename: 'Region', id: string }
        | { __typename: 'Regulation', id: string }
        | { __typename: 'Section', id: string }
        | { __typename: 'Table', id: string }
        | { __typename: 'Theme', id: string }
      , evidence: Array<{ quote: string, page: number, passage: { slug: string } }> | null }> }> | null };

export type InstrumentMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type InstrumentMatrixQuery = { instrumentMatrix: { themes: Array<{ label: string, english: string }>, cells: Array<{ horizon: Horizon, theme: { label: string }, instruments: Array<{ label: string, english: string, mentions: { totalCount: number | null } | null }> }> } | null };

export type ConceptMapOfSectionQueryVariables = Exact<{
  section?: string;
}>;


export type ConceptMapOfSectionQuery = { conceptMap: { passageCount: number, nodes: Array<{ weight: number, cluster: number, concept: { label: string } }>, edges: Array<{ count: number, weight: number, source: { label: string }, target: { label: string }, passages: Array<{ page: number }> | null }>, clusters: Array<{ id: number, concepts: Array<{ label: string }> }> } | null };

export type BridgeQueryVariables = Exact<{
  a?: string;
  b?: string;
}>;


export type BridgeQuery = { bridge: { sharedConcepts: Array<{ concept: { label: string }, passagesA: Array<{ page: number }>, passagesB: Array<{ page: number }>, findingsA: Array<{ statement: string, evidence: { page: number } | null }> | null, findingsB: Array<{ statement: string, evidence: { page: number } | null }> | null }> | null, sharedRegions: Array<{ region: { label: string }, passagesA: Array<{ page: number }>, passagesB: Array<{ page: number }> }> | null, sharedAuthors: Array<{ name: string }> | null, sharedFindings: Array<{ statement: string }> | null, paths: Array<{ length: number, nodes: Array<
        | { __typename: 'Concept', id: string }
        | { __typename: 'Essay', id: string }
        | { __typename: 'Finding', id: string }
        | { __typename: 'Footnote', id: string }
        | { __typename: 'Organisation', id: string }
        | { __typename: 'Passage', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'PolicyInstrument', id: string }
        | { __typename: 'Preface', id: string }
        | { __typename: 'Programme', id: string }
        | { __typename: 'Project', id: string }
        | { __typename: 'Region', id: string }
        | { __typename: 'Regulation', id: string }
        | { __typename: 'Section', id: string }
        | { __typename: 'Table', id: string }
        | { __typename: 'Theme', id: string }
      > }> | null } | null };

export type SearchWithTypeaheadQueryVariables = Exact<{
  typed?: string;
  query?: string;
}>;


export type SearchWithTypeaheadQuery = { suggest: Array<{ type: SearchType, label: string }> | null, search: { totalCount: number | null, matchedAll: boolean, facets: Array<{ type: SearchType, count: number }> | null, edges: Array<{ node: { type: SearchType, score: number, snippet: string, highlights: Array<{ start: number, end: number }>, node:
          | { label: string }
          | { slug: string }
          | { page: number }
          | Record<PropertyKey, never>
         } }> | null } | null };

type NodeName_Concept_Fragment = { __typename: 'Concept', id: string, name: string };

type NodeName_Essay_Fragment = { __typename: 'Essay', title: string, id: string };

type NodeName_Finding_Fragment = { __typename: 'Finding', statement: string, id: string };

type NodeName_Footnote_Fragment = { __typename: 'Footnote', number: number, text: string, id: string };

type NodeName_Organisation_Fragment = { __typename: 'Organisation', id: string, name: string };

type NodeName_Passage_Fragment = { __typename: 'Passage', page: number, text: string, id: string };

type NodeName_Person_Fragment = { __typename: 'Person', id: string, personName: string };

type NodeName_PolicyInstrument_Fragment = { __typename: 'PolicyInstrument', id: string, name: string };

type NodeName_Preface_Fragment = { __typename: 'Preface', title: string, id: string };

type NodeName_Programme_Fragment = { __typename: 'Programme', id: string, programmeName: string };

type NodeName_Project_Fragment = { __typename: 'Project', title: string, id: string };

type NodeName_Region_Fragment = { __typename: 'Region', id: string, name: string };

type NodeName_Regulation_Fragment = { __typename: 'Regulation', id: string, name: string };

type NodeName_Section_Fragment = { __typename: 'Section', title: string, id: string };

type NodeName_Table_Fragment = { __typename: 'Table', caption: string, id: string };

type NodeName_Theme_Fragment = { __typename: 'Theme', id: string, name: string };

export type NodeNameFragment =
  | NodeName_Concept_Fragment
  | NodeName_Essay_Fragment
  | NodeName_Finding_Fragment
  | NodeName_Footnote_Fragment
  | NodeName_Organisation_Fragment
  | NodeName_Passage_Fragment
  | NodeName_Person_Fragment
  | NodeName_PolicyInstrument_Fragment
  | NodeName_Preface_Fragment
  | NodeName_Programme_Fragment
  | NodeName_Project_Fragment
  | NodeName_Region_Fragment
  | NodeName_Regulation_Fragment
  | NodeName_Section_Fragment
  | NodeName_Table_Fragment
  | NodeName_Theme_Fragment
;

export type FindingSummaryFragment = { id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
        | { title: string }
        | { title: string }
       | null } } | null };

export type MentionSummaryFragment = { page: number, quote: string, passage: { id: string, section: { title: string } | null } };

export type RelatedFindingSummaryFragment = { score: number, finding: { id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
          | { title: string }
          | { title: string }
         | null } } | null }, shared: Array<{ weight: number, subject:
      | { __typename: 'Concept', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'PolicyInstrument', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Regulation', id: string, name: string }
      | { __typename: 'Theme', id: string, name: string }
     }> };

export type ExplorerDocumentsQueryVariables = Exact<{
  lang: Language;
}>;


export type ExplorerDocumentsQuery = { essays: { edges: Array<{ node: { __typename: 'Essay', slug: string, title: string, id: string, sections: Array<{ __typename: 'Section', slug: string, title: string, id: string }> | null, preface: { __typename: 'Preface', slug: string, title: string, id: string, sections: Array<{ __typename: 'Section', slug: string, title: string, id: string }> | null } | null } }> | null } | null };

export type ExplorerConceptMapQueryVariables = Exact<{
  document?: string | null | undefined;
  section?: string | null | undefined;
  normalisation: CooccurrenceNormalisation;
  minCount: number;
  lang: Language;
}>;


export type ExplorerConceptMapQuery = { conceptMap: { passageCount: number, nodes: Array<{ weight: number, cluster: number, concept: { id: string, slug: string, name: string } }>, edges: Array<{ count: number, weight: number, source: { id: string }, target: { id: string } }>, clusters: Array<{ id: number }> } | null };

export type ExplorerSuggestQueryVariables = Exact<{
  prefix: string;
  lang: Language;
}>;


export type ExplorerSuggestQuery = { suggest: Array<{ type: SearchType, label: string, node:
      | { __typename: 'Concept', id: string }
      | { __typename: 'Essay', id: string }
      | { __typename: 'Finding', id: string }
      | { __typename: 'Footnote', id: string }
      | { __typename: 'Organisation', id: string }
      | { __typename: 'Passage', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'PolicyInstrument', id: string }
      | { __typename: 'Preface', id: string }
      | { __typename: 'Programme', id: string }
      | { __typename: 'Project', id: string }
      | { __typename: 'Region', id: string }
      | { __typename: 'Regulation', id: string }
      | { __typename: 'Table', id: string }
      | { __typename: 'Theme', id: string }
     }> | null };

export type ExplorerSearchQueryVariables = Exact<{
  query: string;
  lang: Language;
}>;


export type ExplorerSearchQuery = { search: { totalCount: number | null, edges: Array<{ node: { type: SearchType, score: number, snippet: string, highlights: Array<{ start: number, end: number }>, node:
          | { __typename: 'Concept', id: string, name: string }
          | { __typename: 'Essay', title: string, id: string }
          | { __typename: 'Finding', statement: string, id: string }
          | { __typename: 'Footnote', number: number, text: string, id: string }
          | { __typename: 'Organisation', id: string, name: string }
          | { __typename: 'Passage', page: number, text: string, id: string }
          | { __typename: 'Person', id: string, personName: string }
          | { __typename: 'PolicyInstrument', id: string, name: string }
          | { __typename: 'Preface', title: string, id: string }
          | { __typename: 'Programme', id: string, programmeName: string }
          | { __typename: 'Project', title: string, id: string }
          | { __typename: 'Region', id: string, name: string }
          | { __typename: 'Regulation', id: string, name: string }
          | { __typename: 'Table', caption: string, id: string }
          | { __typename: 'Theme', id: string, name: string }
         } }> | null } | null };

export type ExplorerNodeQueryVariables = Exact<{
  id: string;
  lang: Language;
}>;


export type ExplorerNodeQuery = { node:
    | { __typename: 'Concept', altLabels: Array<string>, definition: string | null, definitionSource: DefinitionSource | null, id: string, nl: string, en: string, name: string, facets: Array<
        | { __typename: 'Concept' }
        | { __typename: 'Organisation' }
        | { __typename: 'PolicyInstrument' }
        | { __typename: 'Region' }
        | { __typename: 'Regulation' }
        | { __typename: 'Theme' }
      >, mentions: { totalCount: number | null, edges: Array<{ node: { page: number, quote: string, passage: { id: string, section: { title: string } | null } } }> | null } | null, findings: { totalCount: number | null, edges: Array<{ node: { id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
                  | { title: string }
                  | { title: string }
                 | null } } | null } }> | null } | null, relatedFindings: Array<{ score: number, finding: { id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
                | { title: string }
                | { title: string }
               | null } } | null }, shared: Array<{ weight: number, subject:
            | { __typename: 'Concept', id: string, name: string }
            | { __typename: 'Organisation', id: string, name: string }
            | { __typename: 'PolicyInstrument', id: string, name: string }
            | { __typename: 'Region', id: string, name: string }
            | { __typename: 'Regulation', id: string, name: string }
            | { __typename: 'Theme', id: string, name: string }
           }> }> | null, related: { edges: Array<{ node: { __typename: 'Concept', id: string, name: string } }> | null } | null, broader: { edges: Array<{ node: { __typename: 'Concept', id: string, name: string } }> | null } | null, narrower: { edges: Array<{ node: { __typename: 'Concept', id: string, name: string } }> | null } | null }
    | { __typename: 'Essay', title: string, id: string }
    | { __typename: 'Finding', id: string, kind: FindingKind, statement: string, about: Array<
        | { __typename: 'Concept', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'PolicyInstrument', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Regulation', id: string, name: string }
        | { __typename: 'Theme', id: string, name: string }
      > | null, relatedFindings: Array<{ score: number, finding: { id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
                | { title: string }
                | { title: string }
               | null } } | null }, shared: Array<{ weight: number, subject:
            | { __typename: 'Concept', id: string, name: string }
            | { __typename: 'Organisation', id: string, name: string }
            | { __typename: 'PolicyInstrument', id: string, name: string }
            | { __typename: 'Region', id: string, name: string }
            | { __typename: 'Regulation', id: string, name: string }
            | { __typename: 'Theme', id: string, name: string }
           }> }> | null, evidence: { quote: string, page: number, passage: { id: string, document:
            | { title: string }
            | { title: string }
           | null } } | null }
    | { __typename: 'Footnote', number: number, text: string, id: string }
    | { __typename: 'Organisation', altLabels: Array<string>, id: string, nl: string, en: string, name: string, facets: Array<
        | { __typename: 'Concept' }
        | { __typename: 'Organisation' }
        | { __typename: 'PolicyInstrument' }
        | { __typename: 'Region' }
        | { __typename: 'Regulation' }
        | { __typename: 'Theme' }
      >, mentions: { totalCount: number | null, edges: Array<{ node: { page: number, quote: string, passage: { id: string, section: { title: string } | null } } }> | null } | null, findings: { totalCount: number | null, edges: Array<{ node: { id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
                  | { title: string }
                  | { title: string }
                 | null } } | null } }> | null } | null }
    | { __typename: 'Passage', page: number, text: string, id: string, section: { title: string } | null, findings: { totalCount: number | null, edges: Array<{ node: { id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
                  | { title: string }
                  | { title: string }
                 | null } } | null } }> | null } | null, entities: Array<{ count: number, entity:
          | { __typename: 'Concept', id: string, name: string }
          | { __typename: 'Organisation', id: string, name: string }
          | { __typename: 'PolicyInstrument', id: string, name: string }
          | { __typename: 'Region', id: string, name: string }
          | { __typename: 'Regulation', id: string, name: string }
          | { __typename: 'Theme', id: string, name: string }
         }> | null }
    | { __typename: 'Person', id: string, personName: string }
    | { __typename: 'PolicyInstrument', altLabels: Array<string>, id: string, nl: string, en: string, name: string, facets: Array<
        | { __typename: 'Concept' }
        | { __typename: 'Organisation' }
        | { __typename: 'PolicyInstrument' }
        | { __typename: 'Region' }
        | { __typename: 'Regulation' }
        | { __typename: 'Theme' }
      >, mentions: { totalCount: number | null, edges: Array<{ node: { page: number, quote: string, passage: { id: string, section: { title: string } | null } } }> | null } | null, findings: { totalCount: number | null, edges: Array<{ node: { id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
                  | { title: string }
                  | { title: string }
                 | null } } | null } }> | null } | null }
    | { __typename: 'Preface', title: string, id: string }
    | { __typename: 'Programme', id: string, programmeName: string }
    | { __typename: 'Project', title: string, id: string }
    | { __typename: 'Region', altLabels: Array<string>, id: string, nl: string, en: string, regionKind: RegionKind, name: string, facets: Array<
        | { __typename: 'Concept' }
        | { __typename: 'Organisation' }
        | { __typename: 'PolicyInstrument' }
        | { __typename: 'Region' }
        | { __typename: 'Regulation' }
        | { __typename: 'Theme' }
      >, mentions: { totalCount: number | null, edges: Array<{ node: { page: number, quote: string, passage: { id: string, section: { title: string } | null } } }> | null } | null, findings: { totalCount: number | null, edges: Array<{ node: { id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
                  | { title: string }
                  | { title: string }
                 | null } } | null } }> | null } | null, relatedFindings: Array<{ score: number, finding: { id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
                | { title: string }
                | { title: string }
               | null } } | null }, shared: Array<{ weight: number, subject:
            | { __typename: 'Concept', id: string, name: string }
            | { __typename: 'Organisation', id: string, name: string }
            | { __typename: 'PolicyInstrument', id: string, name: string }
            | { __typename: 'Region', id: string, name: string }
            | { __typename: 'Regulation', id: string, name: string }
            | { __typename: 'Theme', id: string, name: string }
           }> }> | null }
    | { __typename: 'Regulation', altLabels: Array<string>, id: string, nl: string, en: string, name: string, facets: Array<
        | { __typename: 'Concept' }
        | { __typename: 'Organisation' }
        | { __typename: 'PolicyInstrument' }
        | { __typename: 'Region' }
        | { __typename: 'Regulation' }
        | { __typename: 'Theme' }
      >, mentions: { totalCount: number | null, edges: Array<{ node: { page: number, quote: string, passage: { id: string, section: { title: string } | null } } }> | null } | null, findings: { totalCount: number | null, edges: Array<{ node: { id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
                  | { title: string }
                  | { title: string }
                 | null } } | null } }> | null } | null }
    | { __typename: 'Section', title: string, id: string }
    | { __typename: 'Table', caption: string, id: string }
    | { __typename: 'Theme', altLabels: Array<string>, id: string, nl: string, en: string, themeDefinition: string | null, name: string, facets: Array<
        | { __typename: 'Concept' }
        | { __typename: 'Organisation' }
        | { __typename: 'PolicyInstrument' }
        | { __typename: 'Region' }
        | { __typename: 'Regulation' }
        | { __typename: 'Theme' }
      >, mentions: { totalCount: number | null, edges: Array<{ node: { page: number, quote: string, passage: { id: string, section: { title: string } | null } } }> | null } | null, findings: { totalCount: number | null, edges: Array<{ node: { id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
                  | { title: string }
                  | { title: string }
                 | null } } | null } }> | null } | null }
   | null };

export type ExplorerPathsQueryVariables = Exact<{
  from: string;
  to: string;
  lang: Language;
}>;


export type ExplorerPathsQuery = { paths: Array<{ length: number, nodes: Array<
      | { __typename: 'Concept', id: string, name: string }
      | { __typename: 'Essay', title: string, id: string }
      | { __typename: 'Finding', statement: string, id: string }
      | { __typename: 'Footnote', number: number, text: string, id: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Passage', page: number, text: string, id: string }
      | { __typename: 'Person', id: string, personName: string }
      | { __typename: 'PolicyInstrument', id: string, name: string }
      | { __typename: 'Preface', title: string, id: string }
      | { __typename: 'Programme', id: string, programmeName: string }
      | { __typename: 'Project', title: string, id: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Regulation', id: string, name: string }
      | { __typename: 'Section', title: string, id: string }
      | { __typename: 'Table', caption: string, id: string }
      | { __typename: 'Theme', id: string, name: string }
    >, hops: Array<{ type: RelationshipType, provenance: string | null, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , evidence: Array<{ quote: string, page: number }> | null }> }> | null };

type BridgeSides_SharedConcept_Fragment = { passagesA: Array<{ id: string, page: number, text: string }>, passagesB: Array<{ id: string, page: number, text: string }>, findingsA: Array<{ id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
          | { title: string }
          | { title: string }
         | null } } | null }> | null, findingsB: Array<{ id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
          | { title: string }
          | { title: string }
         | null } } | null }> | null };

type BridgeSides_SharedRegion_Fragment = { passagesA: Array<{ id: string, page: number, text: string }>, passagesB: Array<{ id: string, page: number, text: string }>, findingsA: Array<{ id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
          | { title: string }
          | { title: string }
         | null } } | null }> | null, findingsB: Array<{ id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
          | { title: string }
          | { title: string }
         | null } } | null }> | null };

export type BridgeSidesFragment =
  | BridgeSides_SharedConcept_Fragment
  | BridgeSides_SharedRegion_Fragment
;

export type BridgePassageFragment = { id: string, page: number, text: string };

export type ExplorerBridgeQueryVariables = Exact<{
  a: string;
  b: string;
  lang: Language;
}>;


export type ExplorerBridgeQuery = { bridge: { a:
      | { __typename: 'Concept', id: string, name: string }
      | { __typename: 'Essay', title: string, id: string }
      | { __typename: 'Finding', statement: string, id: string }
      | { __typename: 'Footnote', number: number, text: string, id: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Passage', page: number, text: string, id: string }
      | { __typename: 'Person', id: string, personName: string }
      | { __typename: 'PolicyInstrument', id: string, name: string }
      | { __typename: 'Preface', title: string, id: string }
      | { __typename: 'Programme', id: string, programmeName: string }
      | { __typename: 'Project', title: string, id: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Regulation', id: string, name: string }
      | { __typename: 'Section', title: string, id: string }
      | { __typename: 'Table', caption: string, id: string }
      | { __typename: 'Theme', id: string, name: string }
    , b:
      | { __typename: 'Concept', id: string, name: string }
      | { __typename: 'Essay', title: string, id: string }
      | { __typename: 'Finding', statement: string, id: string }
      | { __typename: 'Footnote', number: number, text: string, id: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Passage', page: number, text: string, id: string }
      | { __typename: 'Person', id: string, personName: string }
      | { __typename: 'PolicyInstrument', id: string, name: string }
      | { __typename: 'Preface', title: string, id: string }
      | { __typename: 'Programme', id: string, programmeName: string }
      | { __typename: 'Project', title: string, id: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Regulation', id: string, name: string }
      | { __typename: 'Section', title: string, id: string }
      | { __typename: 'Table', caption: string, id: string }
      | { __typename: 'Theme', id: string, name: string }
    , sharedConcepts: Array<{ concept: { __typename: 'Concept', id: string, name: string }, passagesA: Array<{ id: string, page: number, text: string }>, passagesB: Array<{ id: string, page: number, text: string }>, findingsA: Array<{ id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
              | { title: string }
              | { title: string }
             | null } } | null }> | null, findingsB: Array<{ id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
              | { title: string }
              | { title: string }
             | null } } | null }> | null }> | null, sharedRegions: Array<{ region: { __typename: 'Region', id: string, name: string }, passagesA: Array<{ id: string, page: number, text: string }>, passagesB: Array<{ id: string, page: number, text: string }>, findingsA: Array<{ id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
              | { title: string }
              | { title: string }
             | null } } | null }> | null, findingsB: Array<{ id: string, kind: FindingKind, statement: string, evidence: { quote: string, page: number, passage: { id: string, document:
              | { title: string }
              | { title: string }
             | null } } | null }> | null }> | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MentionSummaryFragmentDoc = new TypedDocumentString(`
    fragment MentionSummary on Mention {
  page
  quote
  passage {
    id
    section {
      title
    }
  }
}
    `, {"fragmentName":"MentionSummary"}) as unknown as TypedDocumentString<MentionSummaryFragment, unknown>;
export const FindingSummaryFragmentDoc = new TypedDocumentString(`
    fragment FindingSummary on Finding {
  id
  kind
  statement(lang: $lang)
  evidence {
    quote
    page
    passage {
      id
      document {
        ... on Essay {
          title
        }
        ... on Preface {
          title
        }
      }
    }
  }
}
    `, {"fragmentName":"FindingSummary"}) as unknown as TypedDocumentString<FindingSummaryFragment, unknown>;
export const NodeNameFragmentDoc = new TypedDocumentString(`
    fragment NodeName on Node {
  __typename
  id
  ... on Concept {
    name: label(lang: $lang)
  }
  ... on Theme {
    name: label(lang: $lang)
  }
  ... on PolicyInstrument {
    name: label(lang: $lang)
  }
  ... on Region {
    name: label(lang: $lang)
  }
  ... on Organisation {
    name: label(lang: $lang)
  }
  ... on Regulation {
    name: label(lang: $lang)
  }
  ... on Essay {
    title
  }
  ... on Preface {
    title
  }
  ... on Section {
    title
  }
  ... on Table {
    caption
  }
  ... on Project {
    title
  }
  ... on Person {
    personName: name
  }
  ... on Programme {
    programmeName: name
  }
  ... on Passage {
    page
    text
  }
  ... on Footnote {
    number
    text
  }
  ... on Finding {
    statement(lang: $lang)
  }
}
    `, {"fragmentName":"NodeName"}) as unknown as TypedDocumentString<NodeNameFragment, unknown>;
export const RelatedFindingSummaryFragmentDoc = new TypedDocumentString(`
    fragment RelatedFindingSummary on RelatedFinding {
  score
  finding {
    ...FindingSummary
  }
  shared {
    weight
    subject {
      ...NodeName
    }
  }
}
    fragment NodeName on Node {
  __typename
  id
  ... on Concept {
    name: label(lang: $lang)
  }
  ... on Theme {
    name: label(lang: $lang)
  }
  ... on PolicyInstrument {
    name: label(lang: $lang)
  }
  ... on Region {
    name: label(lang: $lang)
  }
  ... on Organisation {
    name: label(lang: $lang)
  }
  ... on Regulation {
    name: label(lang: $lang)
  }
  ... on Essay {
    title
  }
  ... on Preface {
    title
  }
  ... on Section {
    title
  }
  ... on Table {
    caption
  }
  ... on Project {
    title
  }
  ... on Person {
    personName: name
  }
  ... on Programme {
    programmeName: name
  }
  ... on Passage {
    page
    text
  }
  ... on Footnote {
    number
    text
  }
  ... on Finding {
    statement(lang: $lang)
  }
}
fragment FindingSummary on Finding {
  id
  kind
  statement(lang: $lang)
  evidence {
    quote
    page
    passage {
      id
      document {
        ... on Essay {
          title
        }
        ... on Preface {
          title
        }
      }
    }
  }
}`, {"fragmentName":"RelatedFindingSummary"}) as unknown as TypedDocumentString<RelatedFindingSummaryFragment, unknown>;
export const BridgePassageFragmentDoc = new TypedDocumentString(`
    fragment BridgePassage on Passage {
  id
  page
  text
}
    `, {"fragmentName":"BridgePassage"}) as unknown as TypedDocumentString<BridgePassageFragment, unknown>;
export const BridgeSidesFragmentDoc = new TypedDocumentString(`
    fragment BridgeSides on SharedSides {
  passagesA(first: 3) {
    ...BridgePassage
  }
  passagesB(first: 3) {
    ...BridgePassage
  }
  findingsA(first: 3) {
    ...FindingSummary
  }
  findingsB(first: 3) {
    ...FindingSummary
  }
}
    fragment FindingSummary on Finding {
  id
  kind
  statement(lang: $lang)
  evidence {
    quote
    page
    passage {
      id
      document {
        ... on Essay {
          title
        }
        ... on Preface {
          title
        }
      }
    }
  }
}
fragment BridgePassage on Passage {
  id
  page
  text
}`, {"fragmentName":"BridgeSides"}) as unknown as TypedDocumentString<BridgeSidesFragment, unknown>;
export const ConceptEvidenceDocument = new TypedDocumentString(`
    query ConceptEvidence($concept: String! = "gerelateerde-varieteit") {
  concept(slug: $concept) {
    label
    english: label(lang: EN)
    altLabels
    definition
    definitionSource
    mentions(first: 10) {
      totalCount
      edges {
        node {
          page
          surfaces
          quote
          passage {
            slug
            section {
              title
            }
          }
        }
      }
    }
    findings(first: 10) {
      totalCount
      edges {
        node {
          statement(lang: EN)
          evidence {
            quote
            page
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:b792d237ba721bec4b8a48b45e9b7b075f70386626ea903bda5317d7ba3e9662"}) as unknown as TypedDocumentString<ConceptEvidenceQuery, ConceptEvidenceQueryVariables>;
export const RelatedFindingsOfConceptDocument = new TypedDocumentString(`
    query RelatedFindingsOfConcept($concept: String! = "job-carving") {
  concept(slug: $concept) {
    label
    relatedFindings(first: 5) {
      score
      finding {
        statement(lang: EN)
        evidence {
          quote
          page
        }
      }
      shared {
        weight
        subject {
          ... on Concept {
            label
          }
          ... on Theme {
            label
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:d433f74a9857a188f7e1ff556a8fa4e97e9fb38426bce5b74eb02fde123b0b1f"}) as unknown as TypedDocumentString<RelatedFindingsOfConceptQuery, RelatedFindingsOfConceptQueryVariables>;
export const RelatedFindingsOfRegionDocument = new TypedDocumentString(`
    query RelatedFindingsOfRegion($region: String! = "groningen") {
  region(slug: $region) {
    label
    kind
    partOf {
      label
    }
    parts {
      edges {
        node {
          label
          kind
        }
      }
    }
    relatedFindings(first: 5) {
      score
      finding {
        statement(lang: EN)
        evidence {
          quote
          page
        }
      }
      shared {
        weight
        subject {
          ... on Region {
            label
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:cb8ffa8c41585291e3ce5772ddbc11f89ec12a18056db7cf8fa5bede6fea2ba5"}) as unknown as TypedDocumentString<RelatedFindingsOfRegionQuery, RelatedFindingsOfRegionQueryVariables>;
export const RelatedFindingsOfFindingDocument = new TypedDocumentString(`
    query RelatedFindingsOfFinding($finding: String! = "werkloosheid-2014-q1") {
  finding(slug: $finding) {
    kind
    statement(lang: EN)
    statistic {
      indicator
      value
      unit
      period
    }
    evidence {
      quote
      page
    }
    relatedFindings(first: 5) {
      score
      finding {
        slug
        statement(lang: EN)
      }
      shared {
        weight
        subject {
          ... on Node {
            id
          }
          ... on Concept {
            label
          }
          ... on Region {
            label
          }
          ... on Regulation {
            label
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:c8d3755401e6f64fc7da78377cb43d39c7c010310738a8a0ac01a852eeeb4931"}) as unknown as TypedDocumentString<RelatedFindingsOfFindingQuery, RelatedFindingsOfFindingQueryVariables>;
export const PathBetweenDocument = new TypedDocumentString(`
    query PathBetween($from: ID! = "Concept:gerelateerde-varieteit", $to: ID! = "Organisation:oecd") {
  paths(from: $from, to: $to, maxLength: 4, first: 3) {
    length
    hops {
      type
      from {
        id
        __typename
      }
      to {
        id
        __typename
      }
      evidence {
        quote
        page
        passage {
          slug
        }
      }
      provenance
    }
  }
}
    `, {"hash":"sha256:f18b135e92c923324fed3107c03d3f3a08373b25f3702eb7df7421efdedd66a9"}) as unknown as TypedDocumentString<PathBetweenQuery, PathBetweenQueryVariables>;
export const InstrumentMatrixDocument = new TypedDocumentString(`
    query InstrumentMatrix {
  instrumentMatrix {
    themes {
      label
      english: label(lang: EN)
    }
    cells {
      theme {
        label
      }
      horizon
      instruments {
        label
        english: label(lang: EN)
        mentions {
          totalCount
        }
      }
    }
  }
}
    `, {"hash":"sha256:99b78ea7bc3437f066f19220ad8110abc4d5e200dc59b7c0a73ad7c6a751b961"}) as unknown as TypedDocumentString<InstrumentMatrixQuery, InstrumentMatrixQueryVariables>;
export const ConceptMapOfSectionDocument = new TypedDocumentString(`
    query ConceptMapOfSection($section: String! = "Kijkrichting") {
  conceptMap(section: $section, normalisation: ASSOCIATION_STRENGTH) {
    passageCount
    nodes {
      weight
      cluster
      concept {
        label
      }
    }
    edges(first: 20) {
      count
      weight
      source {
        label
      }
      target {
        label
      }
      passages(first: 3) {
        page
      }
    }
    clusters {
      id
      concepts {
        label
      }
    }
  }
}
    `, {"hash":"sha256:64ea9d741ef8544476fd6d513378df253ca4ab7de6aba8848c0ffedef2f67c8c"}) as unknown as TypedDocumentString<ConceptMapOfSectionQuery, ConceptMapOfSectionQueryVariables>;
export const BridgeDocument = new TypedDocumentString(`
    query Bridge($a: ID! = "Essay:bouwstenen-voor-de-regionale-arbeidsmarkt", $b: ID! = "Preface:voorwoord-kks-essays") {
  bridge(a: $a, b: $b) {
    sharedConcepts(first: 10) {
      concept {
        label
      }
      passagesA(first: 3) {
        page
      }
      passagesB(first: 3) {
        page
      }
      findingsA(first: 3) {
        statement(lang: EN)
        evidence {
          page
        }
      }
      findingsB(first: 3) {
        statement(lang: EN)
        evidence {
          page
        }
      }
    }
    sharedRegions(first: 10) {
      region {
        label
      }
      passagesA(first: 3) {
        page
      }
      passagesB(first: 3) {
        page
      }
    }
    sharedAuthors {
      name
    }
    sharedFindings {
      statement(lang: EN)
    }
    paths(maxLength: 3, first: 1) {
      length
      nodes {
        __typename
        id
      }
    }
  }
}
    `, {"hash":"sha256:5507bdb92d445096b3d296a50bf1b99c27b9d94835bd9663deb522dcdb170e3c"}) as unknown as TypedDocumentString<BridgeQuery, BridgeQueryVariables>;
export const SearchWithTypeaheadDocument = new TypedDocumentString(`
    query SearchWithTypeahead($typed: String! = "arbeidsm", $query: String! = "related variety") {
  suggest(prefix: $typed, first: 5) {
    type
    label
  }
  search(query: $query, first: 10) {
    totalCount
    matchedAll
    facets {
      type
      count
    }
    edges {
      node {
        type
        score
        snippet
        highlights {
          start
          end
        }
        node {
          ... on Concept {
            label
          }
          ... on Passage {
            page
          }
          ... on Finding {
            slug
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:85607d1397ba7f69a4ea706c5343a6ed2f80dbe623b7db1ad7541d33aa227178"}) as unknown as TypedDocumentString<SearchWithTypeaheadQuery, SearchWithTypeaheadQueryVariables>;
export const ExplorerDocumentsDocument = new TypedDocumentString(`
    query ExplorerDocuments($lang: Language!) {
  essays(first: 100) {
    edges {
      node {
        ...NodeName
        slug
        sections {
          ...NodeName
          slug
        }
        preface {
          ...NodeName
          slug
          sections {
            ...NodeName
            slug
          }
        }
      }
    }
  }
}
    fragment NodeName on Node {
  __typename
  id
  ... on Concept {
    name: label(lang: $lang)
  }
  ... on Theme {
    name: label(lang: $lang)
  }
  ... on PolicyInstrument {
    name: label(lang: $lang)
  }
  ... on Region {
    name: label(lang: $lang)
  }
  ... on Organisation {
    name: label(lang: $lang)
  }
  ... on Regulation {
    name: label(lang: $lang)
  }
  ... on Essay {
    title
  }
  ... on Preface {
    title
  }
  ... on Section {
    title
  }
  ... on Table {
    caption
  }
  ... on Project {
    title
  }
  ... on Person {
    personName: name
  }
  ... on Programme {
    programmeName: name
  }
  ... on Passage {
    page
    text
  }
  ... on Footnote {
    number
    text
  }
  ... on Finding {
    statement(lang: $lang)
  }
}`, {"hash":"sha256:bb50e1ccbccd65002ff4bf2b80bc524ac5b6e02083f3436db2eb8775ea875ff7"}) as unknown as TypedDocumentString<ExplorerDocumentsQuery, ExplorerDocumentsQueryVariables>;
export const ExplorerConceptMapDocument = new TypedDocumentString(`
    query ExplorerConceptMap($document: String, $section: String, $normalisation: CooccurrenceNormalisation!, $minCount: Int!, $lang: Language!) {
  conceptMap(
    document: $document
    section: $section
    normalisation: $normalisation
    minCount: $minCount
  ) {
    passageCount
    nodes {
      weight
      cluster
      concept {
        id
        slug
        name: label(lang: $lang)
      }
    }
    edges(first: 2000) {
      count
      weight
      source {
        id
      }
      target {
        id
      }
    }
    clusters {
      id
    }
  }
}
    `, {"hash":"sha256:27ed8d9b8fb5f544232e64c07eef4befcae86797ceccfcda1a28db822f316745"}) as unknown as TypedDocumentString<ExplorerConceptMapQuery, ExplorerConceptMapQueryVariables>;
export const ExplorerSuggestDocument = new TypedDocumentString(`
    query ExplorerSuggest($prefix: String!, $lang: Language!) {
  suggest(
    prefix: $prefix
    types: [CONCEPT, THEME, INSTRUMENT, REGION, ORGANISATION, REGULATION, ESSAY, PREFACE, PROJECT]
    lang: $lang
    first: 8
  ) {
    type
    label
    node {
      __typename
      ... on Node {
        id
      }
    }
  }
}
    `, {"hash":"sha256:ffe56dead226f6b146f5dc2821bd2e4cfe9b9af2ea7e50d87cfeedb68e6a92ed"}) as unknown as TypedDocumentString<ExplorerSuggestQuery, ExplorerSuggestQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($query: String!, $lang: Language!) {
  search(query: $query, first: 20) {
    totalCount
    edges {
      node {
        type
        score
        snippet
        highlights {
          start
          end
        }
        node {
          ...NodeName
        }
      }
    }
  }
}
    fragment NodeName on Node {
  __typename
  id
  ... on Concept {
    name: label(lang: $lang)
  }
  ... on Theme {
    name: label(lang: $lang)
  }
  ... on PolicyInstrument {
    name: label(lang: $lang)
  }
  ... on Region {
    name: label(lang: $lang)
  }
  ... on Organisation {
    name: label(lang: $lang)
  }
  ... on Regulation {
    name: label(lang: $lang)
  }
  ... on Essay {
    title
  }
  ... on Preface {
    title
  }
  ... on Section {
    title
  }
  ... on Table {
    caption
  }
  ... on Project {
    title
  }
  ... on Person {
    personName: name
  }
  ... on Programme {
    programmeName: name
  }
  ... on Passage {
    page
    text
  }
  ... on Footnote {
    number
    text
  }
  ... on Finding {
    statement(lang: $lang)
  }
}`, {"hash":"sha256:097a1248597c4b4235bed5f2d9508f9f60d0f366aeddf07d48fd5d7f756e7d38"}) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerNodeDocument = new TypedDocumentString(`
    query ExplorerNode($id: ID!, $lang: Language!) {
  node(id: $id) {
    ...NodeName
    ... on Entity {
      nl: label(lang: NL)
      en: label(lang: EN)
      altLabels(lang: $lang)
      facets {
        __typename
      }
      mentions(first: 20) {
        totalCount
        edges {
          node {
            ...MentionSummary
          }
        }
      }
      findings(first: 20) {
        totalCount
        edges {
          node {
            ...FindingSummary
          }
        }
      }
    }
    ... on Concept {
      definition(lang: $lang)
      definitionSource
      relatedFindings(first: 8) {
        ...RelatedFindingSummary
      }
      related(first: 20) {
        edges {
          node {
            ...NodeName
          }
        }
      }
      broader(first: 20) {
        edges {
          node {
            ...NodeName
          }
        }
      }
      narrower(first: 20) {
        edges {
          node {
            ...NodeName
          }
        }
      }
    }
    ... on Region {
      regionKind: kind
      relatedFindings(first: 8) {
        ...RelatedFindingSummary
      }
    }
    ... on Theme {
      themeDefinition: definition(lang: $lang)
    }
    ... on Finding {
      ...FindingSummary
      about {
        ...NodeName
      }
      relatedFindings(first: 8) {
        ...RelatedFindingSummary
      }
    }
    ... on Passage {
      section {
        title
      }
      findings(first: 20) {
        totalCount
        edges {
          node {
            ...FindingSummary
          }
        }
      }
      entities: mentions {
        count
        entity {
          ...NodeName
        }
      }
    }
  }
}
    fragment NodeName on Node {
  __typename
  id
  ... on Concept {
    name: label(lang: $lang)
  }
  ... on Theme {
    name: label(lang: $lang)
  }
  ... on PolicyInstrument {
    name: label(lang: $lang)
  }
  ... on Region {
    name: label(lang: $lang)
  }
  ... on Organisation {
    name: label(lang: $lang)
  }
  ... on Regulation {
    name: label(lang: $lang)
  }
  ... on Essay {
    title
  }
  ... on Preface {
    title
  }
  ... on Section {
    title
  }
  ... on Table {
    caption
  }
  ... on Project {
    title
  }
  ... on Person {
    personName: name
  }
  ... on Programme {
    programmeName: name
  }
  ... on Passage {
    page
    text
  }
  ... on Footnote {
    number
    text
  }
  ... on Finding {
    statement(lang: $lang)
  }
}
fragment FindingSummary on Finding {
  id
  kind
  statement(lang: $lang)
  evidence {
    quote
    page
    passage {
      id
      document {
        ... on Essay {
          title
        }
        ... on Preface {
          title
        }
      }
    }
  }
}
fragment MentionSummary on Mention {
  page
  quote
  passage {
    id
    section {
      title
    }
  }
}
fragment RelatedFindingSummary on RelatedFinding {
  score
  finding {
    ...FindingSummary
  }
  shared {
    weight
    subject {
      ...NodeName
    }
  }
}`, {"hash":"sha256:dccc213c42f7a4c02a04d883fb6d7708b6b80ddc0424adf40a9d1777e43a7629"}) as unknown as TypedDocumentString<ExplorerNodeQuery, ExplorerNodeQueryVariables>;
export const ExplorerPathsDocument = new TypedDocumentString(`
    query ExplorerPaths($from: ID!, $to: ID!, $lang: Language!) {
  paths(from: $from, to: $to, maxLength: 4, first: 3) {
    length
    nodes {
      ...NodeName
    }
    hops {
      type
      from {
        id
      }
      to {
        id
      }
      evidence {
        quote
        page
      }
      provenance
    }
  }
}
    fragment NodeName on Node {
  __typename
  id
  ... on Concept {
    name: label(lang: $lang)
  }
  ... on Theme {
    name: label(lang: $lang)
  }
  ... on PolicyInstrument {
    name: label(lang: $lang)
  }
  ... on Region {
    name: label(lang: $lang)
  }
  ... on Organisation {
    name: label(lang: $lang)
  }
  ... on Regulation {
    name: label(lang: $lang)
  }
  ... on Essay {
    title
  }
  ... on Preface {
    title
  }
  ... on Section {
    title
  }
  ... on Table {
    caption
  }
  ... on Project {
    title
  }
  ... on Person {
    personName: name
  }
  ... on Programme {
    programmeName: name
  }
  ... on Passage {
    page
    text
  }
  ... on Footnote {
    number
    text
  }
  ... on Finding {
    statement(lang: $lang)
  }
}`, {"hash":"sha256:e4821c32b5e62fddc515d35aad2503d5a6dd5147fe80ca0141e7c2ffe1c2b6d0"}) as unknown as TypedDocumentString<ExplorerPathsQuery, ExplorerPathsQueryVariables>;
export const ExplorerBridgeDocument = new TypedDocumentString(`
    query ExplorerBridge($a: ID!, $b: ID!, $lang: Language!) {
  bridge(a: $a, b: $b) {
    a {
      ...NodeName
    }
    b {
      ...NodeName
    }
    sharedConcepts(first: 8) {
      concept {
        ...NodeName
      }
      ...BridgeSides
    }
    sharedRegions(first: 8) {
      region {
        ...NodeName
      }
      ...BridgeSides
    }
  }
}
    fragment NodeName on Node {
  __typename
  id
  ... on Concept {
    name: label(lang: $lang)
  }
  ... on Theme {
    name: label(lang: $lang)
  }
  ... on PolicyInstrument {
    name: label(lang: $lang)
  }
  ... on Region {
    name: label(lang: $lang)
  }
  ... on Organisation {
    name: label(lang: $lang)
  }
  ... on Regulation {
    name: label(lang: $lang)
  }
  ... on Essay {
    title
  }
  ... on Preface {
    title
  }
  ... on Section {
    title
  }
  ... on Table {
    caption
  }
  ... on Project {
    title
  }
  ... on Person {
    personName: name
  }
  ... on Programme {
    programmeName: name
  }
  ... on Passage {
    page
    text
  }
  ... on Footnote {
    number
    text
  }
  ... on Finding {
    statement(lang: $lang)
  }
}
fragment FindingSummary on Finding {
  id
  kind
  statement(lang: $lang)
  evidence {
    quote
    page
    passage {
      id
      document {
        ... on Essay {
          title
        }
        ... on Preface {
          title
        }
      }
    }
  }
}
fragment BridgeSides on SharedSides {
  passagesA(first: 3) {
    ...BridgePassage
  }
  passagesB(first: 3) {
    ...BridgePassage
  }
  findingsA(first: 3) {
    ...FindingSummary
  }
  findingsB(first: 3) {
    ...FindingSummary
  }
}
fragment BridgePassage on Passage {
  id
  page
  text
}`, {"hash":"sha256:6b714369c50ea812eeabca9a5f1bc2fc665ba2d14b015822f3af465957a7a27f"}) as unknown as TypedDocumentString<ExplorerBridgeQuery, ExplorerBridgeQueryVariables>;