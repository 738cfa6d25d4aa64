/**
 * Record -> model mapping: turns the property map of a stored node into its plain model.
 */
import { ENTITY_LABELS, type EntityLabel, type NodeLabel } from '../domain/graph-model.js';
import {
  FINDING_KINDS,
  PROJECT_KINDS,
  STORED_REGION_KINDS,
  type AnyNodeModel,
  type Definition,
  type Labels,
  type RegionKind,
} from '../domain/models.js';
import {
  integer,
  integerList,
  numeric,
  oneOf,
  optionalInteger,
  optionalText,
  text,
  textList,
  type Properties,
} from './property-readers.js';

export function toNodeModel(label: NodeLabel, properties: Properties): AnyNodeModel {
  const slug = text(properties, 'slug');
  switch (label) {
    case 'Programme':
      return {
        label,
        slug,
        name: text(properties, 'name'),
        acronym: text(properties, 'acronym'),
        startYear: integer(properties, 'startYear'),
        endYear: integer(properties, 'endYear'),
        endMonth: optionalInteger(properties, 'endMonth'),
        projectCountAtLeast: optionalInteger(properties, 'projectCountAtLeast'),
        projectCountSource: optionalText(properties, 'projectCountSource'),
        evidence: citations(properties),
      };
    case 'Project':
      return {
        label,
        slug,
        title: text(properties, 'title'),
        kind: oneOf(properties, 'kind', PROJECT_KINDS),
      };
    case 'Essay':
      return {
        label,
        slug,
        title: text(properties, 'title'),
        subtitle: optionalText(properties, 'subtitle'),
        seriesPosition: optionalInteger(properties, 'seriesPosition'),
      };
    case 'Preface':
      return {
        label,
        slug,
        title: text(properties, 'title'),
        writerRole: optionalText(properties, 'writerRole'),
      };
    case 'Person':
      return {
        label,
        slug,
        name: text(properties, 'name'),
        honorific: optionalText(properties, 'honorific'),
      };
    case 'Organisation':
      return {
        label,
        slug,
        ...namedEntity(label, properties),
        kind: optionalText(properties, 'kind'),
      };
    case 'Section':
      return {
        label,
        slug,
        title: text(properties, 'title'),
        ordinal: integer(properties, 'ordinal'),
        page: integer(properties, 'page'),
        document: text(properties, 'document'),
      };
    case 'Passage':
      return passage(slug, properties);
    case 'Footnote':
      return {
        label,
        slug,
        number: integer(properties, 'number'),
        page: integer(properties, 'page'),
        text: text(properties, 'text'),
        document: text(properties, 'document'),
      };
    case 'Concept':
      return {
        label,
        slug,
        labels: labelsFrom(properties, 'prefLabelNl', 'prefLabelEn', true),
        ...asEntity(label, properties),
        definition: definition(properties),
      };
    case 'Theme':
      return {
        label,
        slug,
        labels: labelsFrom(properties, 'labelNl', 'labelEn', true),
        ...asEntity(label, properties),
        definition: definition(properties),
      };
    case 'PolicyInstrument':
      return {
        label,
        slug,
        ...namedEntity(label, properties),
        horizon:
          properties['horizon'] == null
            ? null
            : oneOf(properties, 'horizon', ['SHORT', 'LONG'] as const),
      };
    case 'Region':
      return {
        label,
        slug,
        ...namedEntity(label, properties),
        kind: oneOf(properties, 'kind', STORED_REGION_KINDS).toUpperCase() as RegionKind,
      };
    case 'Regulation':
      return {
        label,
        slug,
        ...namedEntity(label, properties),
      };
    case 'Finding':
      return finding(slug, properties);
    case 'Table':
      return {
        label,
        slug,
        caption: text(properties, 'caption'),
        page: integer(properties, 'page'),
        document: optionalText(properties, 'document'),
      };
  }
}

function citations(properties: Properties): { passage: string; page: number; quote: string }[] {
  if (properties['evidencePassages'] == null) return [];
  const pages = integerList(properties, 'evidencePages');
  const quotes = textList(properties, 'evidenceQuotes');
  return textList(properties, 'evidencePassages').map((passage, index) => ({
    passage,
    page: pages[index] as number,
    quote: quotes[index] as string,
  }));
}

/** What the node of every lexicon entry has: its other types, and how many passages mention it. */
function asEntity(label: EntityLabel, properties: Properties) {
  return {
    facets: facetsOf(label, properties),
    passageCount: optionalInteger(properties, 'passageCount') ?? 0,
  };
}

/** A lexicon entry known by a name: organisations, instruments, regions, regulations. */
function namedEntity(label: EntityLabel, properties: Properties) {
  return {
    name: text(properties, 'name'),
    labels: namedLabels(properties),
    ...asEntity(label, properties),
  };
}

/** The node's lexicon types besides `label`; a node seeded before types were stored has none. */
function facetsOf(label: NodeLabel, properties: Properties): EntityLabel[] {
  return properties['types'] == null
    ? []
    : textList(properties, 'types').filter(
        (type): type is EntityLabel =>
          type !== label && (ENTITY_LABELS as readonly string[]).includes(type),
      );
}

function passage(slug: string, properties: Properties): AnyNodeModel {
  const offsets = integerList(properties, 'pageStartOffsets');
  const pages = integerList(properties, 'pageStartPages');
  return {
    label: 'Passage',
    slug,
    text: text(properties, 'text'),
    ordinal: integer(properties, 'ordinal'),
    kind: oneOf(properties, 'kind', ['PARAGRAPH', 'LIST_ITEM']),
    marker: optionalText(properties, 'marker'),
    page: integer(properties, 'page'),
    pageEnd: integer(properties, 'pageEnd'),
    pageStarts: offsets.map((offset, index) => ({
      offset,
      page: pages[index] ?? integer(properties, 'page'),
    })),
    footnotes: integerList(properties, 'footnotes'),
    document: text(properties, 'document'),
    readingKey: text(properties, 'readingKey'),
  };
}

function finding(slug: string, properties: Properties): AnyNodeModel {
  const kind = oneOf(properties, 'kind', FINDING_KINDS);
  return {
    label: 'Finding',
    slug,
    kind,
    statementNl: text(properties, 'statementNl'),
    statementEn: text(properties, 'statementEn'),
    statistic:
      kind === 'STATISTIC'
        ? {
            indicator: text(properties, 'indicator'),
            measuresNl: text(properties, 'measuresNl'),
            measuresEn: text(properties, 'measuresEn'),
            value: numeric(properties, 'value'),
            unit: text(properties, 'unit'),
            period: text(properties, 'period'),
            qualifier: optionalText(properties, 'qualifier'),
          }
        : null,
  };
}

/** Labels stored under `nlKey`/`enKey` plus the alternative labels every entity stores alike. */
function labelsFrom(
  properties: Properties,
  nlKey: string,
  enKey: string,
  enRequired: boolean,
): Labels {
  return {
    nl: text(properties, nlKey),
    en: enRequired ? text(properties, enKey) : optionalText(properties, enKey),
    altNl: alternatives(properties, 'altLabelsNl', 'curatedAltLabelsNl'),
    altEn: alternatives(properties, 'altLabelsEn', 'curatedAltLabelsEn'),
  };
}

/** Seeded alternative labels, then curated ones (stored apart so a reseed keeps them), each once. */
function alternatives(properties: Properties, seeded: string, curated: string): string[] {
  return [...new Set([...textList(properties, seeded), ...textList(properties, curated)])];
}

function namedLabels(properties: Properties): Labels {
  return labelsFrom(properties, 'name', 'nameEn', false);
}

function definition(properties: Properties): Definition | null {
  const nl = optionalText(properties, 'definitionNl');
  if (nl === null) return null;
  return {
    nl,
    en: text(properties, 'definitionEn'),
    source: oneOf(properties, 'definitionSource', [
      'quote',
      'paraphrase',
    ]).toUpperCase() as Definition['source'],
  };
}
