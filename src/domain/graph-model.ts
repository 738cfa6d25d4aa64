/**
 * The node labels and relationship types of the graph: the one whitelist every piece of Cypher
 * that names a label or type draws from, so no label or type ever comes from user input.
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
  'Concept',
  'Theme',
  'PolicyInstrument',
  'Region',
  'Regulation',
  'Finding',
] as const;

export type NodeLabel = (typeof NODE_LABELS)[number];

/** Labels a passage can mention, and a finding can be about (with Theme). */
export const ENTITY_LABELS = [
  'Concept',
  'PolicyInstrument',
  'Region',
  'Organisation',
  'Regulation',
] as const satisfies readonly NodeLabel[];

export type EntityLabel = (typeof ENTITY_LABELS)[number];

type Endpoints = readonly (readonly [NodeLabel, NodeLabel])[];

const mentionTargets = ENTITY_LABELS.map((label) => ['Passage', label] as const);

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
  HAS_SECTION: [
    ['Essay', 'Section'],
    ['Preface', 'Section'],
  ],
  HAS_PASSAGE: [['Section', 'Passage']],
  NEXT: [['Passage', 'Passage']],
  MENTIONS: mentionTargets,
  STATED_IN: [['Finding', 'Passage']],
  ABOUT: [...ENTITY_LABELS.map((label) => ['Finding', label] as const), ['Finding', 'Theme']],
  BROADER: [['Concept', 'Concept']],
  RELATED: [['Concept', 'Concept']],
  SERVES: [['PolicyInstrument', 'Theme']],
} as const satisfies Record<string, Endpoints>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;

/**
 * Marks a completed seed run: the fingerprint of the seed inputs it wrote. Not part of the
 * knowledge graph; every seeded node and relationship carries the same fingerprint as `seedRun`.
 */
export const SEED_RUN_LABEL = 'SeedRun';

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function connects(type: RelationshipType, from: NodeLabel, to: NodeLabel): boolean {
  const endpoints: Endpoints = RELATIONSHIP_TYPES[type];
  return endpoints.some(([source, target]) => source === from && target === to);
}
