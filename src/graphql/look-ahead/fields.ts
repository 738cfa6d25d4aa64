/**
 * The fields look-ahead can answer straight from Cypher, and how: each says what its resolver
 * answers, as a Cypher expression over the node (`scalar`) or as a walk along one relation of the
 * graph model (`related`, `connection`). A field not listed here is answered by its resolver, and so
 * is every field above it that would have to compile it. test/integration/look-ahead.test.ts asks
 * every field listed here both ways and holds the answers equal.
 */
import type { RelationName } from '../../domain/graph-model.js';

/** A field's arguments, as graphql-js coerced them. */
export type Arguments = Readonly<Record<string, unknown>>;

/** Cypher for the field's value on the node `node`; null when these arguments need the resolver. */
export interface ScalarField {
  readonly kind: 'scalar';
  readonly cypher: (node: string, args: Arguments) => string | null;
}

/** The node's global id, made from its type and slug. */
export interface IdField {
  readonly kind: 'id';
}

/**
 * A field of an object that stands for one relationship (an essay's authorship, a finding's
 * evidence): a property of the relationship, its far end (`target`) or its near end (`source`).
 */
export type EdgeObjectField =
  | { readonly from: 'edge'; readonly cypher: (relationship: string) => string }
  | { readonly from: 'target' }
  | { readonly from: 'source' };

export interface EdgeObject {
  /** The GraphQL type of the object, e.g. `Authorship`. */
  readonly type: string;
  readonly fields: Readonly<Record<string, EdgeObjectField>>;
}

/** The neighbours along `relation`, in its order: all of them, or the first (`one`). */
export interface RelatedField {
  readonly kind: 'related';
  readonly relation: RelationName;
  readonly one: boolean;
  /** Each neighbour as this object rather than as the node itself. */
  readonly edge?: EdgeObject;
}

/** A Relay connection over the neighbours along `relation`, paged forwards by `first`. */
export interface ConnectionField {
  readonly kind: 'connection';
  readonly relation: RelationName;
  readonly edge?: EdgeObject;
}

export type LookAheadField = ScalarField | IdField | RelatedField | ConnectionField;

const property = (name: string): ScalarField => ({
  kind: 'scalar',
  cypher: (node) => `${node}.${name}`,
});
const ID: IdField = { kind: 'id' };
const SLUG = property('slug');
const related = (relation: RelationName, edge?: EdgeObject): RelatedField => ({
  kind: 'related',
  relation,
  one: false,
  ...(edge ? { edge } : {}),
});
const first = (relation: RelationName, edge?: EdgeObject): RelatedField => ({
  kind: 'related',
  relation,
  one: true,
  ...(edge ? { edge } : {}),
});
/** A text in `lang` (NL by default) stored as `<nl>` and `<en>`, English falling back to Dutch. */
const inLanguage = (nl: string, en: string, fallback: boolean): ScalarField => ({
  kind: 'scalar',
  cypher: (node, args) =>
    args['lang'] === 'EN'
      ? fallback
        ? `coalesce(${node}.${en}, ${node}.${nl})`
        : `${node}.${en}`
      : `${node}.${nl}`,
});
const edgeProperty = (name: string): EdgeObjectField => ({
  from: 'edge',
  cypher: (relationship) => `${relationship}.${name}`,
});

const authorship = (person: 'source' | 'target'): EdgeObject => ({
  type: 'Authorship',
  fields: {
    position: edgeProperty('position'),
    person: { from: person },
    essay: { from: person === 'source' ? 'target' : 'source' },
  },
});

const mention: EdgeObject = {
  type: 'Mention',
  fields: {
    count: edgeProperty('count'),
    surfaces: edgeProperty('surfaces'),
    passage: { from: 'target' },
    entity: { from: 'source' },
  },
};

/** What every lexicon entry answers alike; `label` is the type's own. */
const entity = (
  label: 'Concept' | 'Theme' | 'PolicyInstrument' | 'Region' | 'Organisation' | 'Regulation',
) => ({
  id: ID,
  slug: SLUG,
  passageCount: {
    kind: 'scalar',
    cypher: (node) => `coalesce(${node}.passageCount, 0)`,
  } as ScalarField,
  mentions: {
    kind: 'connection',
    relation: `${label}<-MENTIONS`,
    edge: mention,
  } as ConnectionField,
});

/** The label of an entry known by a name. */
const named = { label: inLanguage('name', 'nameEn', true) };

export const LOOK_AHEAD_FIELDS: Readonly<Record<string, Readonly<Record<string, LookAheadField>>>> =
  {
    Essay: {
      id: ID,
      slug: SLUG,
      title: property('title'),
      subtitle: property('subtitle'),
      seriesPosition: property('seriesPosition'),
      project: first('Essay-OUTPUT_OF->'),
      authors: related('Essay<-AUTHORED', authorship('target')),
      preface: first('Essay<-INTRODUCES'),
      sections: related('Essay-HAS_SECTION->'),
    },
    Preface: {
      id: ID,
      slug: SLUG,
      title: property('title'),
      writerRole: property('writerRole'),
      writer: first('Preface<-WROTE'),
      essays: related('Preface-INTRODUCES->'),
      sections: related('Preface-HAS_SECTION->'),
    },
    Person: {
      id: ID,
      slug: SLUG,
      name: property('name'),
      honorific: property('honorific'),
      authorships: related('Person-AUTHORED->', authorship('source')),
      prefaces: related('Person-WROTE->'),
    },
    Project: {
      id: ID,
      slug: SLUG,
      title: property('title'),
      kind: property('kind'),
      programme: first('Project-PART_OF->'),
      essays: related('Project<-OUTPUT_OF'),
    },
    Section: {
      id: ID,
      slug: SLUG,
      title: property('title'),
      ordinal: property('ordinal'),
      page: property('page'),
      document: first('Section<-HAS_SECTION'),
    },
    Passage: {
      id: ID,
      slug: SLUG,
      text: property('text'),
      ordinal: property('ordinal'),
      kind: property('kind'),
      marker: property('marker'),
      page: property('page'),
      pageEnd: property('pageEnd'),
      section: first('Passage<-HAS_PASSAGE'),
      previous: first('Passage<-NEXT'),
      next: first('Passage-NEXT->'),
    },
    Finding: {
      id: ID,
      slug: SLUG,
      kind: property('kind'),
      statement: inLanguage('statementNl', 'statementEn', false),
      evidence: first('Finding-STATED_IN->', {
        type: 'Evidence',
        fields: {
          passage: { from: 'target' },
          page: edgeProperty('page'),
          quote: edgeProperty('quote'),
        },
      }),
      about: related('Finding-ABOUT->'),
      itemOf: first('Finding-ITEM_OF->'),
      items: related('Finding<-ITEM_OF'),
    },
    Concept: { ...entity('Concept'), label: inLanguage('prefLabelNl', 'prefLabelEn', true) },
    Theme: { ...entity('Theme'), label: inLanguage('labelNl', 'labelEn', true) },
    PolicyInstrument: { ...entity('PolicyInstrument'), ...named, horizon: property('horizon') },
    Region: {
      ...entity('Region'),
      ...named,
      kind: { kind: 'scalar', cypher: (node) => `toUpper(${node}.kind)` },
    },
    Organisation: {
      ...entity('Organisation'),
      ...named,
      name: property('name'),
      kind: property('kind'),
    },
    Regulation: { ...entity('Regulation'), ...named },
    // Found by a search, which asks what it found for its id above all; the rest by resolvers.
    Footnote: { id: ID, slug: SLUG },
    Table: { id: ID, slug: SLUG },
    Programme: { id: ID, slug: SLUG },
  };
