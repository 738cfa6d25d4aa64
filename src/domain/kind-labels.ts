/**
 * Labels of kinds. Findings, projects and regions come in kinds (a finding is a claim, a
 * recommendation, ...), and their lists are filtered and counted by kind. Counted by the `kind`
 * property, a count reads an index entry per node of the kind, so it grows with the graph; Neo4j
 * counts the nodes of one label from its count store instead, in constant time. So each node of
 * these labels also carries the label of its kind, `<Label>_<kind>` (`Finding_CLAIM`,
 * `Region_municipality`), and a count of one kind counts that label.
 *
 * Only the writers give them (storedLabels) and only counts read them: they are not part of the
 * graph's model. Whatever reports a node's labels picks them from NODE_LABELS, so they never show.
 */
import type { NodeLabel } from './graph-model.js';
import { FINDING_KINDS, PROJECT_KINDS, STORED_REGION_KINDS } from './models.js';

/** The kinds of each label that has kinds, as the graph stores them in `kind`. */
export const NODE_KINDS = {
  Project: PROJECT_KINDS,
  Region: STORED_REGION_KINDS,
  Finding: FINDING_KINDS,
} as const satisfies Partial<Record<NodeLabel, readonly string[]>>;

const KINDS_OF: Partial<Record<NodeLabel, readonly string[]>> = NODE_KINDS;

/** The label of the nodes of `label` whose `kind` is `kind`; null when `label` has no such kind. */
export function kindLabel(label: NodeLabel, kind: unknown): string | null {
  const known = KINDS_OF[label]?.find((candidate) => candidate === kind);
  return known === undefined ? null : labelOfKind(label, known);
}

/** Every label of a kind. */
export const KIND_LABELS: readonly string[] = Object.entries(NODE_KINDS).flatMap(([label, kinds]) =>
  kinds.map((kind) => labelOfKind(label, kind)),
);

/** The labels a node of these types with this `kind` is stored with: its types and their kinds'. */
export function storedLabels(types: readonly NodeLabel[], kind: unknown): string[] {
  return [
    ...types,
    ...types.flatMap((type) => {
      const label = kindLabel(type, kind);
      return label === null ? [] : [label];
    }),
  ];
}

function labelOfKind(label: string, kind: string): string {
  return `${label}_${kind}`;
}
