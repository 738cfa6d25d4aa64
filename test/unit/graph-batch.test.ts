/**
 * The graph batch refuses what two seed files could silently disagree on, and what the graph model
 * does not allow; derived names are added to what it builds.
 */
import { describe, expect, it } from 'vitest';
import { withDerivedNames } from '../../seed/pipeline/derived-names.js';
import { GraphBatchBuilder, GraphBatchError } from '../../seed/pipeline/graph-batch.js';

const concept = { label: 'Concept', slug: 'krimp' } as const;
const region = { label: 'Region', slug: 'groningen' } as const;
const passage = { label: 'Passage', slug: 'essay--p001' } as const;

describe('GraphBatchBuilder', () => {
  it('merges two definitions of a node or relationship that agree', () => {
    const batch = new GraphBatchBuilder()
      .addNode('Concept', 'krimp', { prefLabelNl: 'krimp' })
      .addNode('Concept', 'krimp', { prefLabelNl: 'krimp', passageCount: 4 })
      .addNode('Passage', 'essay--p001', { text: 'Krimp in Groningen.' })
      .addRelationship('MENTIONS', passage, concept, { count: 1 })
      .addRelationship('MENTIONS', passage, concept, { count: 1, surfaces: ['Krimp'] })
      .build();
    expect(batch.nodes.get('Concept')).toEqual([
      {
        slug: 'krimp',
        properties: { slug: 'krimp', prefLabelNl: 'krimp', passageCount: 4, types: ['Concept'] },
      },
    ]);
    expect(batch.relationships).toEqual([
      {
        type: 'MENTIONS',
        from: 'Passage',
        to: 'Concept',
        rows: [{ from: 'essay--p001', to: 'krimp', properties: { count: 1, surfaces: ['Krimp'] } }],
      },
    ]);
  });

  it('refuses a node two sources give different values', () => {
    const builder = new GraphBatchBuilder().addNode('Concept', 'krimp', { prefLabelNl: 'krimp' });
    expect(() => builder.addNode('Concept', 'krimp', { prefLabelNl: 'bevolkingskrimp' })).toThrow(
      new GraphBatchError(
        'Concept krimp: prefLabelNl is "krimp" in one source and "bevolkingskrimp" in another',
      ),
    );
  });

  it('refuses a relationship two sources give different values', () => {
    const builder = new GraphBatchBuilder().addRelationship('MENTIONS', passage, concept, {
      count: 1,
    });
    expect(() => builder.addRelationship('MENTIONS', passage, concept, { count: 2 })).toThrow(
      'MENTIONS Passage essay--p001 -> Concept krimp: count is 1 in one source and 2 in another',
    );
  });

  it('refuses a relationship the graph model does not allow between those labels', () => {
    expect(() => new GraphBatchBuilder().addRelationship('MENTIONS', region, concept)).toThrow(
      'MENTIONS cannot connect Region to Concept',
    );
  });
});

describe('withDerivedNames', () => {
  it('adds a Dutch collation key of the display name and every name normalised on its own', () => {
    const batch = withDerivedNames(
      new GraphBatchBuilder()
        .addNode('Theme', 'institutionele-hervorming', {
          labelNl: 'Institutionele hervorming',
          labelEn: 'institutional reform',
          altLabelsNl: ['Hervorming', 'hervorming'],
          altLabelsEn: [],
        })
        .addNode('Passage', 'essay--p001', { text: 'Hervorming.' })
        .build(),
    );
    expect(batch.nodes.get('Theme')![0]!.properties).toMatchObject({
      sortKey: 'institutionelehervorming',
      nameKeys: ['institutionele hervorming', 'institutional reform', 'hervorming'],
    });
    expect(batch.nodes.get('Passage')![0]!.properties).not.toHaveProperty('sortKey');
  });
});
