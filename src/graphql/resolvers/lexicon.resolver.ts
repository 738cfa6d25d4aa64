import type {
  ConceptResolvers,
  FindingResolvers,
  InstrumentPlacementResolvers,
  PolicyInstrumentResolvers,
  RegionResolvers,
  RegulationResolvers,
  StatisticResolvers,
  ThemeResolvers,
} from '../../__generated__/resolvers-types.js';
import type {
  Definition,
  EvidenceModel,
  InstrumentPlacementModel,
  Labels,
  PassageModel,
  PolicyInstrumentModel,
  ThemeModel,
} from '../../domain/models.js';
import { MAX_PAGE_SIZE } from '../connection.js';
import { integerArgument } from '../arguments.js';
import { toGlobalId } from '../global-id.js';
import {
  distinctNodes,
  edgeText,
  neighbourNodes,
  neighbours,
  pageOfFindingsAbout,
} from './node-access.js';
import { mentionsOf } from './text.resolver.js';

type Lang = 'NL' | 'EN';

export function label(labels: Labels, lang: Lang): string {
  return lang === 'EN' ? (labels.en ?? labels.nl) : labels.nl;
}

export function altLabels(labels: Labels, lang: Lang): string[] {
  return [...(lang === 'EN' ? labels.altEn : labels.altNl)];
}

function definitionIn(definition: Definition | null, lang: Lang): string | null {
  return definition === null ? null : lang === 'EN' ? definition.en : definition.nl;
}

export const Concept: ConceptResolvers = {
  id: (concept) => toGlobalId('Concept', concept.slug),
  label: (concept, { lang }) => label(concept.labels, lang),
  altLabels: (concept, { lang }) => altLabels(concept.labels, lang),
  definition: (concept, { lang }) => definitionIn(concept.definition, lang),
  definitionSource: (concept) => concept.definition?.source ?? null,
  broader: (concept, _, context) => neighbourNodes(context, 'broaderConcepts', concept.slug),
  narrower: (concept, _, context) => neighbourNodes(context, 'narrowerConcepts', concept.slug),
  related: async (concept, _, context) => {
    const [outgoing, incoming] = await Promise.all([
      neighbourNodes(context, 'relatedConcepts', concept.slug),
      neighbourNodes(context, 'relatedConceptsInverse', concept.slug),
    ]);
    return distinctNodes([...outgoing, ...incoming]);
  },
  mentions: (concept, page, context) => mentionsOf(context, concept, page),
  findings: (concept, page, context) =>
    pageOfFindingsAbout(context, 'findingsAboutConcept', concept.slug, page),
  relatedFindings: (concept, { first }, context) =>
    context.loaders
      .relatedFindings('Concept', integerArgument('first', first, 1, MAX_PAGE_SIZE))
      .load(concept.slug),
};

export const Theme: ThemeResolvers = {
  id: (theme) => toGlobalId('Theme', theme.slug),
  label: (theme, { lang }) => label(theme.labels, lang),
  altLabels: (theme, { lang }) => altLabels(theme.labels, lang),
  definition: (theme, { lang }) => definitionIn(theme.definition, lang),
  definitionSource: (theme) => theme.definition?.source ?? null,
  instruments: async (theme, _, context) =>
    (await neighbours(context, 'instrumentsOfTheme', theme.slug)).map((item) =>
      placement(item.node as PolicyInstrumentModel, theme, item.edge),
    ),
  findings: (theme, page, context) =>
    pageOfFindingsAbout(context, 'findingsAboutTheme', theme.slug, page),
};

export const PolicyInstrument: PolicyInstrumentResolvers = {
  id: (instrument) => toGlobalId('PolicyInstrument', instrument.slug),
  label: (instrument, { lang }) => label(instrument.labels, lang),
  altLabels: (instrument, { lang }) => altLabels(instrument.labels, lang),
  themes: async (instrument, _, context) =>
    (await neighbours(context, 'themesOfInstrument', instrument.slug)).map((item) =>
      placement(instrument, item.node as ThemeModel, item.edge),
    ),
  mentions: (instrument, page, context) => mentionsOf(context, instrument, page),
  findings: (instrument, page, context) =>
    pageOfFindingsAbout(context, 'findingsAboutPolicyInstrument', instrument.slug, page),
};

export const InstrumentPlacement: InstrumentPlacementResolvers = {
  horizon: (placement) => placement.instrument.horizon,
};

function placement(
  instrument: PolicyInstrumentModel,
  theme: ThemeModel,
  edge: Parameters<typeof edgeText>[0]['edge'],
): InstrumentPlacementModel {
  return {
    instrument,
    theme,
    table: typeof edge['table'] === 'string' ? edge['table'] : '',
    page: typeof edge['page'] === 'number' ? edge['page'] : 0,
  };
}

export const Region: RegionResolvers = {
  id: (region) => toGlobalId('Region', region.slug),
  label: (region, { lang }) => label(region.labels, lang),
  altLabels: (region, { lang }) => altLabels(region.labels, lang),
  partOf: (region, _, context) => neighbourNodes(context, 'regionsContaining', region.slug),
  parts: (region, _, context) => neighbourNodes(context, 'regionsWithin', region.slug),
  mentions: (region, page, context) => mentionsOf(context, region, page),
  findings: (region, page, context) =>
    pageOfFindingsAbout(context, 'findingsAboutRegion', region.slug, page),
  relatedFindings: (region, { first }, context) =>
    context.loaders
      .relatedFindings('Region', integerArgument('first', first, 1, MAX_PAGE_SIZE))
      .load(region.slug),
};

export const Regulation: RegulationResolvers = {
  id: (regulation) => toGlobalId('Regulation', regulation.slug),
  label: (regulation, { lang }) => label(regulation.labels, lang),
  altLabels: (regulation, { lang }) => altLabels(regulation.labels, lang),
  mentions: (regulation, page, context) => mentionsOf(context, regulation, page),
  findings: (regulation, page, context) =>
    pageOfFindingsAbout(context, 'findingsAboutRegulation', regulation.slug, page),
};

export const Finding: FindingResolvers = {
  id: (finding) => toGlobalId('Finding', finding.slug),
  statement: (finding, { lang }) => (lang === 'EN' ? finding.statementEn : finding.statementNl),
  evidence: async (finding, _, context): Promise<EvidenceModel | null> => {
    const [stated] = await neighbours(context, 'passageOfFinding', finding.slug);
    if (stated === undefined) return null;
    return {
      passage: stated.node as PassageModel,
      page: typeof stated.edge['page'] === 'number' ? stated.edge['page'] : 0,
      quote: edgeText(stated, 'quote') ?? '',
    };
  },
  about: (finding, _, context) => neighbourNodes(context, 'subjectsOfFinding', finding.slug),
  statistic: (finding) => finding.statistic,
  related: (finding, { first }, context) =>
    context.loaders
      .relatedFindings('Finding', integerArgument('first', first, 1, MAX_PAGE_SIZE))
      .load(finding.slug),
};

export const Statistic: StatisticResolvers = {
  measures: (statistic, { lang }) => (lang === 'EN' ? statistic.measuresEn : statistic.measuresNl),
};
