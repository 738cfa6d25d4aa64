/**
 * The labels of kinds cover every count of one kind a client can ask for, and a node is given the
 * label of its kind under each of its types that has kinds, and no other.
 */
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS } from '../../src/domain/graph-model.js';
import { KIND_LABELS, NODE_KINDS, storedLabels } from '../../src/domain/kind-labels.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { FILTERS } from '../../src/repositories/node.repository.js';

const schema = buildSchema(loadTypeDefs().join('\n'));

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
  return type.getValues().map((value) => value.name);
}

describe('the labels of kinds', () => {
  it('exist for every label whose lists filter on kind', () => {
    const filtered = NODE_LABELS.filter((label) => 'kind' in FILTERS[label]);
    expect(Object.keys(NODE_KINDS).sort()).toEqual(filtered.sort());
  });

  it('exist for every kind the API names', () => {
    expect(enumValues('FindingKind')).toEqual([...NODE_KINDS.Finding]);
    expect(enumValues('ProjectKind')).toEqual([...NODE_KINDS.Project]);
    expect(enumValues('RegionKind')).toEqual(NODE_KINDS.Region.map((kind) => kind.toUpperCase()));
  });

  it('are no label of the graph model', () => {
    expect(
      KIND_LABELS.filter((label) => (NODE_LABELS as readonly string[]).includes(label)),
    ).toEqual([]);
  });
});

describe('storedLabels', () => {
  it('adds the label of the kind under each type that has kinds', () => {
    expect(storedLabels(['Finding'], 'CLAIM')).toEqual(['Finding', 'Finding_CLAIM']);
    // The European Union is an organisation and a region; organisations have no kinds.
    expect(storedLabels(['Organisation', 'Region'], 'supranational')).toEqual([
      'Organisation',
      'Region',
      'Region_supranational',
    ]);
  });

  it('adds none for a kind its types do not have, or no kind', () => {
    expect(storedLabels(['Region'], 'CLAIM')).toEqual(['Region']);
    expect(storedLabels(['Passage'], 'PARAGRAPH')).toEqual(['Passage']);
    expect(storedLabels(['Concept'], undefined)).toEqual(['Concept']);
  });
});
