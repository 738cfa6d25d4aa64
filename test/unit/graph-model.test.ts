/**
 * The graph model is the one source of the labels and relationship types everything else uses:
 * its derived relations are right, and the GraphQL schema's enums, unions and interfaces agree
 * with it.
 */
import { buildSchema, isEnumType, isObjectType, isUnionType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  BRIDGEABLE_LABELS,
  connects,
  DOCUMENT_LABELS,
  ENTITY_LABELS,
  linkSource,
  NODE_LABELS,
  NODE_TYPE_OF,
  PASSAGE_ROUTES,
  RELATIONS,
  RELATIONSHIP_TYPE_NAMES,
  SEARCHABLE_LABELS,
  SUBJECT_LABELS,
  type NodeLabel,
} from '../../src/domain/graph-model.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';

const schema: GraphQLSchema = buildSchema(loadTypeDefs().join('\n'));

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
  return type.getValues().map((value) => value.name);
}

function unionMembers(name: string): string[] {
  const type = schema.getType(name);
  if (!isUnionType(type)) throw new Error(`${name} is not a union`);
  return type.getTypes().map((member) => member.name);
}

function implementations(name: string): string[] {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => type.getInterfaces().some((face) => face.name === name))
    .map((type) => type.name);
}

describe('relations derived from the model', () => {
  it('walk each relationship type from both ends, with the labels at the far end', () => {
    expect(RELATIONS.get('Essay<-AUTHORED')).toEqual({
      name: 'Essay<-AUTHORED',
      source: 'Essay',
      type: 'AUTHORED',
      direction: 'in',
      targets: ['Person'],
    });
    expect(RELATIONS.get('Person-AUTHORED->')?.targets).toEqual(['Essay']);
    expect(RELATIONS.get('Passage-MENTIONS->')?.targets).toEqual([...ENTITY_LABELS]);
    expect(RELATIONS.get('Section<-HAS_SECTION')?.targets).toEqual([...DOCUMENT_LABELS]);
    expect(RELATIONS.get('Region-PART_OF->')?.targets).toEqual(['Region']);
    expect(RELATIONS.get('Project-PART_OF->')?.targets).toEqual(['Programme']);
  });

  it('exist for exactly the pairs the model allows', () => {
    for (const relation of RELATIONS.values()) {
      for (const target of relation.targets) {
        const [from, to] =
          relation.direction === 'out' ? [relation.source, target] : [target, relation.source];
        expect(connects(relation.type, from, to), relation.name).toBe(true);
      }
    }
    const pairs = RELATIONSHIP_TYPE_NAMES.flatMap((type) =>
      NODE_LABELS.flatMap((from) => NODE_LABELS.filter((to) => connects(type, from, to))),
    );
    const covered = [...RELATIONS.values()].reduce(
      (sum, relation) => sum + relation.targets.length,
      0,
    );
    expect(covered).toBe(2 * pairs.length);
  });
});

describe('routes to the passages a node stands for', () => {
  it('end at passages, along relationships the model allows', () => {
    for (const [start, route] of Object.entries(PASSAGE_ROUTES)) {
      let labels: NodeLabel[] = [start as NodeLabel];
      for (const [types, direction] of route) {
        labels = NODE_LABELS.filter((next) =>
          labels.some((label) =>
            types.some((type) =>
              direction === 'out' ? connects(type, label, next) : connects(type, next, label),
            ),
          ),
        );
      }
      expect(labels, start).toEqual(['Passage']);
    }
  });

  it('make documents, projects, people, text, findings and entities bridgeable, and nothing else', () => {
    expect([...BRIDGEABLE_LABELS].sort()).toEqual(
      [
        'Essay',
        'Preface',
        'Project',
        'Person',
        'Section',
        'Passage',
        'Finding',
        ...ENTITY_LABELS,
      ].sort(),
    );
  });
});

describe('where links come from', () => {
  it('tells a region within a region (lexicon) from a project in a programme (catalogue)', () => {
    expect(linkSource('PART_OF', 'Region')).toBe('lexicon');
    expect(linkSource('PART_OF', 'Project')).toBe('catalogue');
    expect(linkSource('MENTIONS', 'Passage')).toBe('text');
    expect(linkSource('SERVES', 'PolicyInstrument')).toBe('table');
    expect(linkSource('ITEM_OF', 'Finding')).toBe('text');
  });
});

describe('the GraphQL schema agrees with the model', () => {
  it('has a Node type for every label and no other', () => {
    expect(implementations('Node').sort()).toEqual([...NODE_LABELS].sort());
  });

  it('names every label in NodeType, and the searchable ones in SearchType', () => {
    expect(enumValues('NodeType').sort()).toEqual(Object.values(NODE_TYPE_OF).sort());
    expect(enumValues('SearchType').sort()).toEqual(
      SEARCHABLE_LABELS.map((label) => NODE_TYPE_OF[label]).sort(),
    );
  });

  it('lists every relationship type in RelationshipType', () => {
    expect(enumValues('RelationshipType').sort()).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
  });

  it('makes what passages mention Entities, what findings are about FindingSubjects, documents Documents', () => {
    expect(implementations('Entity').sort()).toEqual([...ENTITY_LABELS].sort());
    expect(unionMembers('FindingSubject').sort()).toEqual([...SUBJECT_LABELS].sort());
    expect(unionMembers('Document').sort()).toEqual([...DOCUMENT_LABELS].sort());
    expect(unionMembers('SearchResult').sort()).toEqual([...SEARCHABLE_LABELS].sort());
  });
});
