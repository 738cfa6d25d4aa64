/**
 * The graph's model: node labels, relationship types and what they may connect, and every list of
 * labels the rest of the code needs (what passages mention, what findings are about, what search
 * finds, what a bridge spans), derived here once. It is the one whitelist every piece of Cypher
 * that names a label or type draws from, so no label or type ever comes from user input (the labels
 * of kinds, kind-labels.ts, are derived from it and a list of kinds).
 */
/**
 * One thing is one node, but a node may carry more than one label: the lexicon's agenda themes are
 * concepts too, two of the essay's table instruments are concepts, the European Union is an
 * organisation and a region. Such a node is reported as the first of its labels in this order (its
 * type), and each other label is a facet of it; every list of labels in this module keeps this order.
 */
export const NODE_LABELS = [
  'Programme',
  'Project',
  'Essay',
  'Preface',
  'Person',
  'Organisation',
  'Section',
  'Passage',
  'Footnote',
  'Concept',
  'Theme',
  'PolicyInstrument',
  'Region',
  'Regulation',
  'Finding',
  'Table',
] as const;

export type NodeLabel = (typeof NODE_LABELS)[number];

/** The type of a node with these labels: the first of them in NODE_LABELS order. */
export function nodeType(labels: readonly NodeLabel[]): NodeLabel {
  const type = NODE_LABELS.find((label) => labels.includes(label));
  if (type === undefined) throw new Error('A node has at least one label');
  return type;
}

/** The API's name of each label: the values of the NodeType enum (and of SearchType, a subset). */
export const NODE_TYPE_OF = {
  Programme: 'PROGRAMME',
  Project: 'PROJECT',
  Essay: 'ESSAY',
  Preface: 'PREFACE',
  Person: 'PERSON',
  Organisation: 'ORGANISATION',
  Section: 'SECTION',
  Passage: 'PASSAGE',
  Footnote: 'FOOTNOTE',
  Concept: 'CONCEPT',
  Theme: 'THEME',
  PolicyInstrument: 'INSTRUMENT',
  Region: 'REGION',
  Regulation: 'REGULATION',
  Finding: 'FINDING',
  Table: 'TABLE',
} as const satisfies Record<NodeLabel, string>;

export type NodeTypeName = (typeof NODE_TYPE_OF)[NodeLabel];

const LABEL_OF_TYPE = new Map<NodeTypeName, NodeLabel>(
  NODE_LABELS.map((label) => [NODE_TYPE_OF[label], label]),
);

export function labelOfType(type: NodeTypeName): NodeLabel {
  return LABEL_OF_TYPE.get(type) as NodeLabel;
}

/** Labels a passage can mention. */
export const ENTITY_LABELS = [
  'Organisation',
  'Concept',
  'Theme',
  'PolicyInstrument',
  'Region',
  'Regulation',
] as const satisfies readonly NodeLabel[];

export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Labels a finding can be about: what passages mention. */
export const SUBJECT_LABELS = ENTITY_LABELS;

export type SubjectLabel = (typeof SUBJECT_LABELS)[number];

/** Labels of documents: what has sections and passages. */
export const DOCUMENT_LABELS = ['Essay', 'Preface'] as const satisfies readonly NodeLabel[];

export type DocumentLabel = (typeof DOCUMENT_LABELS)[number];

/**
 * Labels full-text search finds: the text, the lexicon, the findings and the catalogue. In this
 * order search lists hits of equal relevance (the text, the source, first; then the entries that
 * name a thing, before the statements about it), and reports a node with two of these labels
 * under the first that was asked for.
 */
export const SEARCHABLE_LABELS = [
  'Passage',
  'Footnote',
  ...SUBJECT_LABELS,
  'Finding',
  'Table',
  'Essay',
  'Preface',
  'Project',
  'Programme',
  'Person',
] as const satisfies readonly NodeLabel[];

export type SearchableLabel = (typeof SEARCHABLE_LABELS)[number];

type Endpoints = readonly (readonly [NodeLabel, NodeLabel])[];

/** Relationship types with the (from, to) label pairs they may connect, in stored direction. */
export const RELATIONSHIP_TYPES = {
  PART_OF: [
    ['Project', 'Programme'],
    ['Region', 'Region'],
  ],
  OUTPUT_OF: [['Essay', 'Project']],
  AUTHORED: [['Person', 'Essay']],
  WROTE: [['Person', 'Preface']],
  INTRODUCES: [['Preface', 'Essay']],
  COORDINATED_BY: [['Programme', 'Organisation']],
  AFFILIATED_WITH: [['Person', 'Organisation']],
  HAS_SECTION: DOCUMENT_LABELS.map((label) => [label, 'Section'] as const),
  HAS_PASSAGE: [['Section', 'Passage']],
  NEXT: [['Passage', 'Passage']],
  CITES_NOTE: [['Passage', 'Footnote']],
  MENTIONS: ENTITY_LABELS.map((label) => ['Passage', label] as const),
  STATED_IN: [['Finding', 'Passage']],
  ABOUT: SUBJECT_LABELS.map((label) => ['Finding', label] as const),
  ITEM_OF: [['Finding', 'Finding']],
  BROADER: [['Concept', 'Concept']],
  RELATED: [['Concept', 'Concept']],
  SERVES: [['PolicyInstrument', 'Theme']],
  LISTS: [['Table', 'PolicyInstrument']],
  CONCERNS: [['PolicyInstrument', 'Concept']],
} as const satisfies Record<string, Endpoints>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;

export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

/** Links that hold both ways: a path or a neighbourhood shows each once, not once per direction. */
export const SYMMETRIC_TYPES = ['RELATED'] as const satisfies readonly RelationshipType[];

type PairOf<T extends RelationshipType> = (typeof RELATIONSHIP_TYPES)[T][number];

/**
 * A relation: one relationship type walked from one label, named as a user reads it:
 * `Essay<-AUTHORED` (an essay's authors: walk AUTHORED against its direction) or
 * `Person-AUTHORED->` (a person's essays).
 */
export type RelationName = {
  [T in RelationshipType]: PairOf<T> extends infer P
    ? P extends readonly [infer F extends NodeLabel, infer G extends NodeLabel]
      ? `${F}-${T}->` | `${G}<-${T}`
      : never
    : never;
}[RelationshipType];

/** The labels at the far end of a relation. */
export type RelationTarget<R extends RelationName> = R extends `${infer S}-${infer T}->`
  ? T extends RelationshipType
    ? Extract<PairOf<T>, readonly [S, NodeLabel]>[1]
    : never
  : R extends `${infer S}<-${infer T}`
    ? T extends RelationshipType
      ? Extract<PairOf<T>, readonly [NodeLabel, S]>[0]
      : never
    : never;

export interface Relation {
  readonly name: RelationName;
  readonly source: NodeLabel;
  readonly type: RelationshipType;
  /** `out`: (source)-[type]->(target); `in`: (source)<-[type]-(target). */
  readonly direction: 'out' | 'in';
  readonly targets: readonly NodeLabel[];
}

/** Every relation the model allows, by name: each relationship type from both of its ends. */
export const RELATIONS: ReadonlyMap<RelationName, Relation> = new Map(
  RELATIONSHIP_TYPE_NAMES.flatMap((type) => {
    const pairs: Endpoints = RELATIONSHIP_TYPES[type];
    const ends = (direction: 'out' | 'in') => {
      const bySource = new Map<NodeLabel, NodeLabel[]>();
      for (const [from, to] of pairs) {
        const [source, target] = direction === 'out' ? [from, to] : [to, from];
        bySource.set(source, [...(bySource.get(source) ?? []), target]);
      }
      return [...bySource].map(([source, targets]): [RelationName, Relation] => {
        const name = (
          direction === 'out' ? `${source}-${type}->` : `${source}<-${type}`
        ) as RelationName;
        return [name, { name, source, type, direction, targets }];
      });
    };
    return [...ends('out'), ...ends('in')];
  }),
);

/**
 * The property that orders a list of nodes of each label when nothing else does: a collation key
 * for what is listed by name (see collation.ts), reading order for text.
 */
export const NATURAL_ORDER = {
  Programme: 'sortKey',
  Project: 'sortKey',
  Essay: 'seriesPosition',
  Preface: 'sortKey',
  Person: 'sortKey',
  Organisation: 'sortKey',
  Section: 'ordinal',
  Passage: 'readingKey',
  // The document's slug and the zero-padded number: reading order.
  Footnote: 'slug',
  Concept: 'sortKey',
  Theme: 'sortKey',
  PolicyInstrument: 'sortKey',
  Region: 'sortKey',
  Regulation: 'sortKey',
  Finding: 'slug',
  Table: 'slug',
} as const satisfies Record<NodeLabel, string>;

/**
 * Relationship properties that order the nodes at one end of a relationship type: an essay's
 * authors by their position on it, a document's sections and a section's passages in reading
 * order, a passage's notes in the order of its markers, a passage's mentions most frequent first, the items of a list in the text's order.
 */
export const EDGE_ORDER: Partial<
  Record<
    RelationshipType,
    { readonly property: string; readonly descending: boolean; readonly orders: 'out' | 'in' }
  >
> = {
  AUTHORED: { property: 'position', descending: false, orders: 'in' },
  HAS_SECTION: { property: 'order', descending: false, orders: 'out' },
  HAS_PASSAGE: { property: 'order', descending: false, orders: 'out' },
  CITES_NOTE: { property: 'order', descending: false, orders: 'out' },
  LISTS: { property: 'order', descending: false, orders: 'out' },
  MENTIONS: { property: 'count', descending: true, orders: 'out' },
  ITEM_OF: { property: 'position', descending: false, orders: 'in' },
};

/**
 * Lists that grow with the corpus, at the end that reads them: the passages that mention an entity
 * (a hub concept is mentioned in one passage in ten) and the findings about a subject. Each such
 * relationship also holds the slug of the node whose list it is in (LIST_OWNER) and the order value
 * of its far end in that list (LIST_ORDER, as relationOrder orders it, and unique in the list: a
 * passage's reading key, a finding's slug); whatever writes one (the writer, curation) sets both
 * from the nodes, and one index per type holds them, so a page of the list is read in index order,
 * not sorted from the whole list.
 */
export const INDEXED_LISTS: Partial<Record<RelationshipType, 'out' | 'in'>> = {
  MENTIONS: 'in',
  ABOUT: 'in',
};
export const LIST_OWNER = 'listOwner';
export const LIST_ORDER = 'listOrder';

/** Whether a relation's neighbours are one of the INDEXED_LISTS. */
export function isIndexedList(relation: Relation): boolean {
  return INDEXED_LISTS[relation.type] === relation.direction;
}

/**
 * What orders a relation's neighbours (before their slug): the relationship's order property where
 * EDGE_ORDER says it orders this end, else the neighbours' own natural order (by name, for
 * neighbours of several labels such as a section's document).
 */
export function relationOrderProperty(relation: Relation): {
  readonly of: 'relationship' | 'neighbour';
  readonly property: string;
  readonly descending: boolean;
} {
  const byEdge = EDGE_ORDER[relation.type];
  if (byEdge !== undefined && byEdge.orders === relation.direction) {
    return { of: 'relationship', property: byEdge.property, descending: byEdge.descending };
  }
  const orders = new Set(relation.targets.map((label) => NATURAL_ORDER[label]));
  return {
    of: 'neighbour',
    property: orders.size === 1 ? ([...orders][0] as string) : 'sortKey',
    descending: false,
  };
}

/** One step of a route: relationship types to follow, and in which direction. */
export type RouteStep = readonly [types: readonly RelationshipType[], direction: 'out' | 'in'];

/**
 * How to reach the passages a node stands for, for each label that has any: a document's own, a
 * project's essays', an author's documents', the passages that mention an entity, the passage
 * that states a finding. A bridge compares two nodes by these passages, so these are exactly the
 * labels a bridge can span.
 */
export const PASSAGE_ROUTES = {
  Passage: [],
  Section: [[['HAS_PASSAGE'], 'out']],
  Essay: [
    [['HAS_SECTION'], 'out'],
    [['HAS_PASSAGE'], 'out'],
  ],
  Preface: [
    [['HAS_SECTION'], 'out'],
    [['HAS_PASSAGE'], 'out'],
  ],
  Project: [
    [['OUTPUT_OF'], 'in'],
    [['HAS_SECTION'], 'out'],
    [['HAS_PASSAGE'], 'out'],
  ],
  Person: [
    [['AUTHORED', 'WROTE'], 'out'],
    [['HAS_SECTION'], 'out'],
    [['HAS_PASSAGE'], 'out'],
  ],
  Finding: [[['STATED_IN'], 'out']],
  ...Object.fromEntries(ENTITY_LABELS.map((label) => [label, [[['MENTIONS'], 'in']]])),
} as const satisfies Partial<Record<NodeLabel, readonly RouteStep[]>> as Partial<
  Record<NodeLabel, readonly RouteStep[]>
>;

export const BRIDGEABLE_LABELS: readonly NodeLabel[] = NODE_LABELS.filter(
  (label) => label in PASSAGE_ROUTES,
);

export type LinkSource = 'text' | 'structure' | 'catalogue' | 'lexicon' | 'table';

/**
 * Where a link comes from: the text (a passage mentions it, a finding states it), the document
 * structure, the programme catalogue of the series preface, the curated lexicon, or a table of the
 * essay (its caption and page are on the SERVES relationship).
 */
export function linkSource(type: RelationshipType, from: NodeLabel): LinkSource {
  // Regions lie in regions by the lexicon; projects are part of the programme by the catalogue.
  if (type === 'PART_OF') return from === 'Region' ? 'lexicon' : 'catalogue';
  return LINK_SOURCE[type];
}

const LINK_SOURCE: Record<Exclude<RelationshipType, 'PART_OF'>, LinkSource> = {
  OUTPUT_OF: 'catalogue',
  AUTHORED: 'catalogue',
  WROTE: 'catalogue',
  INTRODUCES: 'catalogue',
  COORDINATED_BY: 'catalogue',
  AFFILIATED_WITH: 'catalogue',
  HAS_SECTION: 'structure',
  HAS_PASSAGE: 'structure',
  NEXT: 'structure',
  CITES_NOTE: 'structure',
  MENTIONS: 'text',
  STATED_IN: 'text',
  ABOUT: 'text',
  ITEM_OF: 'text',
  BROADER: 'lexicon',
  RELATED: 'lexicon',
  CONCERNS: 'lexicon',
  SERVES: 'table',
  LISTS: 'table',
};

/** Links that come from the text itself: a passage's mentions, a finding and what it is about. */
export const TEXT_LINK_TYPES = RELATIONSHIP_TYPE_NAMES.filter(
  (type) => type !== 'PART_OF' && LINK_SOURCE[type] === 'text',
);

/**
 * The relationship property naming the passage that states a link from another source: the
 * preface passage behind an authorship or a programme fact. Such a link is backed by a passage
 * too; `quote` and `page` beside it give the words and where they are printed.
 */
export const CITED_BY_PASSAGE = 'passage';

/**
 * The property holding the name a person reads for each label that has one; the seed derives the
 * `sortKey` of NATURAL_ORDER from it (see collation.ts).
 */
export const DISPLAY_NAME = {
  Programme: 'name',
  Project: 'title',
  Essay: 'title',
  Preface: 'title',
  Person: 'name',
  Organisation: 'name',
  Concept: 'prefLabelNl',
  Theme: 'labelNl',
  PolicyInstrument: 'name',
  Region: 'name',
  Regulation: 'name',
  Table: 'caption',
} as const satisfies Partial<Record<NodeLabel, string>>;

/**
 * Marks a completed seed run: the fingerprint of the seed inputs it wrote. Not part of the
 * knowledge graph; every seeded node and relationship carries the same fingerprint as `seedRun`.
 */
export const SEED_RUN_LABEL = 'SeedRun';

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isOneOf<L extends NodeLabel>(labels: readonly L[], label: NodeLabel): label is L {
  return (labels as readonly NodeLabel[]).includes(label);
}

export function connects(type: RelationshipType, from: NodeLabel, to: NodeLabel): boolean {
  const endpoints: Endpoints = RELATIONSHIP_TYPES[type];
  return endpoints.some(([source, target]) => source === from && target === to);
}
