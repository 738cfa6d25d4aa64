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
] as const;

export type NodeLabel = (typeof NODE_LABELS)[number];

/** Relationship types with the labels they connect, in the direction they are stored. */
export const RELATIONSHIP_TYPES = {
  PART_OF: { from: 'Project', to: 'Programme' },
  OUTPUT_OF: { from: 'Essay', to: 'Project' },
  AUTHORED: { from: 'Person', to: 'Essay' },
  WROTE: { from: 'Person', to: 'Preface' },
  INTRODUCES: { from: 'Preface', to: 'Essay' },
  COORDINATED_BY: { from: 'Programme', to: 'Organisation' },
  AFFILIATED_WITH: { from: 'Person', to: 'Organisation' },
} as const satisfies Record<string, { from: NodeLabel; to: NodeLabel }>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}
