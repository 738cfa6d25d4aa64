import type {
  ConceptResolvers,
  FindingResolvers,
  InstrumentPlacementResolvers,
  PolicyInstrumentResolvers,
  RegionResolvers,
  RegulationResolvers,
  StatisticResolvers,
  TableResolvers,
  ThemeResolvers,
} from '../../__generated__/resolvers-types.js';
import type {
  Definition,
  InstrumentPlacementModel,
  ModelOf,
  PolicyInstrumentModel,
  ThemeModel,
} from '../../domain/models.js';
import type { RequestContext } from '../../context.js';
import type { StoredProperties } from '../../repositories/property-readers.js';
import { MAX_PAGE_SIZE } from '../connection.js';
import { integerArgument } from '../arguments.js';
import { toGlobalId } from '../global-id.js';
import {
  altLabels,
  facetsOf,
  findingsAbout,
  label,
  mentionsOf,
  statedEvidence,
  type Lang,
} from './entity-access.js';
import {
  firstNeighbour,
  loadNode,
  neighbourNodes,
  neighbours,
  relationConnection,
} from './node-access.js';

function definitionIn(definition: Definition | null, lang: Lang): string | null {
  return definition === null ? null : lang === 'EN' ? definition.en : definition.nl;
}

function relatedFindings(
  context: RequestContext,
  source: 'Finding' | 'Concept' | 'Region',
  slug: string,
  first: number,
) {
  return context.loaders
    .relatedFindings(source, integerArgument('first', first, 1, MAX_PAGE_SIZE))
    .load(slug);
}

export const Concept: ConceptResolvers = {
  id: (concept) => toGlobalId('Concept', concept.slug),
  label: (concept, { lang }) => label(concept.labels, lang),
  altLabels: (concept, { lang }) => altLabels(concept.labels, lang),
  facets: (concept, _, context) => facetsOf(context, concept),
  definition: (concept, { lang }) => definitionIn(concept.definition, lang),
  definitionSource: (concept) => concept.definition?.source ?? null,
  broader: (concept, page, context) =>
    relationConnection(context, ['Concept-BROADER->'], concept.slug, page),
  narrower: (concept, page, context) =>
    relationConnection(context, ['Concept<-BROADER'], concept.slug, page),
  related: (concept, page, context) =>
    relationConnection(context, ['Concept-RELATED->', 'Concept<-RELATED'], concept.slug, page),
  mentions: (concept, page, context) => mentionsOf(context, concept, page),
  findings: (concept, page, context) => findingsAbout(context, concept, page),
  relatedFindings: (concept, { first }, context) =>
    relatedFindings(context, 'Concept', concept.slug, first),
};

export const Theme: ThemeResolvers = {
  id: (theme) => toGlobalId('Theme', theme.slug),
  label: (theme, { lang }) => label(theme.labels, lang),
  altLabels: (theme, { lang }) => altLabels(theme.labels, lang),
  facets: (theme, _, context) => facetsOf(context, theme),
  mentions: (theme, page, context) => mentionsOf(context, theme, page),
  definition: (theme, { lang }) => definitionIn(theme.definition, lang),
  definitionSource: (theme) => theme.definition?.source ?? null,
  instruments: async (theme, _, context) =>
    (await neighbours(context, 'Theme<-SERVES', theme.slug)).map((item) =>
      placement(item.node as PolicyInstrumentModel, theme, item.edge),
    ),
  findings: (theme, page, context) => findingsAbout(context, theme, page),
};

export const PolicyInstrument: PolicyInstrumentResolvers = {
  id: (instrument) => toGlobalId('PolicyInstrument', instrument.slug),
  label: (instrument, { lang }) => label(instrument.labels, lang),
  altLabels: (instrument, { lang }) => altLabels(instrument.labels, lang),
  facets: (instrument, _, context) => facetsOf(context, instrument),
  concepts: (instrument, _, context) =>
    neighbourNodes(context, 'PolicyInstrument-CONCERNS->', instrument.slug),
  themes: async (instrument, _, context) =>
    (await neighbours(context, 'PolicyInstrument-SERVES->', instrument.slug)).map((item) =>
      placement(instrument, item.node as ThemeModel, item.edge),
    ),
  mentions: (instrument, page, context) => mentionsOf(context, instrument, page),
  findings: (instrument, page, context) => findingsAbout(context, instrument, page),
};

export const InstrumentPlacement: InstrumentPlacementResolvers = {
  horizon: (placement) => placement.instrument.horizon,
  table: (placement, _, context) => existing(context, 'Table', placement.table),
};

export const Table: TableResolvers = {
  id: (table) => toGlobalId('Table', table.slug),
  document: (table, _, context) =>
    table.document === null ? null : loadNode(context, 'Essay', table.document),
  cells: async (table, _, context) =>
    Promise.all(
      (await neighbours(context, 'Table-LISTS->', table.slug)).map(async (item) =>
        placement(
          item.node as PolicyInstrumentModel,
          await existing(context, 'Theme', item.edge.text('theme')),
          { table: table.slug, page: table.page },
        ),
      ),
    ),
};

/** A node another one names by slug; its absence is a broken graph, not a user error. */
async function existing<L extends 'Table' | 'Theme'>(
  context: RequestContext,
  label: L,
  slug: string,
): Promise<ModelOf<L>> {
  const node = await loadNode(context, label, slug);
  if (node === null) throw new Error(`${label} ${slug} is named but not in the graph`);
  return node;
}

/** An instrument in a table's cell; `cited` is the SERVES link (or table) that names the table. */
function placement(
  instrument: PolicyInstrumentModel,
  theme: ThemeModel,
  cited: StoredProperties | { readonly table: string; readonly page: number },
): InstrumentPlacementModel {
  return 'text' in cited
    ? { instrument, theme, table: cited.text('table'), page: cited.integer('page') }
    : { instrument, theme, ...cited };
}

export const Region: RegionResolvers = {
  id: (region) => toGlobalId('Region', region.slug),
  label: (region, { lang }) => label(region.labels, lang),
  altLabels: (region, { lang }) => altLabels(region.labels, lang),
  facets: (region, _, context) => facetsOf(context, region),
  partOf: (region, _, context) => neighbourNodes(context, 'Region-PART_OF->', region.slug),
  parts: (region, page, context) =>
    relationConnection(context, ['Region<-PART_OF'], region.slug, page),
  mentions: (region, page, context) => mentionsOf(context, region, page),
  findings: (region, page, context) => findingsAbout(context, region, page),
  relatedFindings: (region, { first }, context) =>
    relatedFindings(context, 'Region', region.slug, first),
};

export const Regulation: RegulationResolvers = {
  id: (regulation) => toGlobalId('Regulation', regulation.slug),
  label: (regulation, { lang }) => label(regulation.labels, lang),
  altLabels: (regulation, { lang }) => altLabels(regulation.labels, lang),
  facets: (regulation, _, context) => facetsOf(context, regulation),
  mentions: (regulation, page, context) => mentionsOf(context, regulation, page),
  findings: (regulation, page, context) => findingsAbout(context, regulation, page),
};

export const Finding: FindingResolvers = {
  id: (finding) => toGlobalId('Finding', finding.slug),
  statement: (finding, { lang }) => (lang === 'EN' ? finding.statementEn : finding.statementNl),
  evidence: async (finding, _, context) => {
    const [stated] = await neighbours(context, 'Finding-STATED_IN->', finding.slug);
    return stated === undefined ? null : statedEvidence(stated);
  },
  about: (finding, _, context) => neighbourNodes(context, 'Finding-ABOUT->', finding.slug),
  itemOf: (finding, _, context) => firstNeighbour(context, 'Finding-ITEM_OF->', finding.slug),
  items: (finding, _, context) => neighbourNodes(context, 'Finding<-ITEM_OF', finding.slug),
  statistic: (finding) => finding.statistic,
  relatedFindings: (finding, { first }, context) =>
    relatedFindings(context, 'Finding', finding.slug, first),
};

export const Statistic: StatisticResolvers = {
  measures: (statistic, { lang }) => (lang === 'EN' ? statistic.measuresEn : statistic.measuresNl),
};
