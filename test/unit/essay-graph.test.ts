/**
 * essayToGraph on the fixture essay, whose metadata gives its notes' texts: each note becomes one
 * Footnote node, found by search, cited by the passage whose marker names it, in the order of its markers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { essayToGraph } from '../../seed/pipeline/essay-graph.js';
import { parseEssayMetadata } from '../../seed/pipeline/essay-metadata.js';
import { GraphBatchBuilder } from '../../seed/pipeline/graph-batch.js';
import type { Lexicon } from '../../seed/pipeline/lexicon.js';
import { MentionMatcher } from '../../seed/pipeline/mentions.js';
import { readEssay } from '../../seed/pipeline/read-essay.js';
import { indexedText } from '../../src/domain/word-forms.js';
import { readSeedEssay } from '../support/seed-corpus.js';

const FIXTURE = new URL('../fixtures/second-essay/', import.meta.url);
const METADATA = parseEssayMetadata(
  readFileSync(new URL('proefessay-regionale-veerkracht.meta.yaml', FIXTURE), 'utf8'),
  'proefessay-regionale-veerkracht.meta.yaml',
);
const NO_LEXICON: Lexicon = {
  themes: [],
  concepts: [],
  regions: [],
  organisations: [],
  regulations: [],
  instruments: [],
};

function graphOf(essay: ReturnType<typeof readEssay>, catalogue = new GraphBatchBuilder()) {
  essayToGraph(essay, NO_LEXICON, new MentionMatcher([]), catalogue);
  return catalogue.build();
}

describe('essayToGraph with the notes’ texts', () => {
  const essay = readEssay(
    readFileSync(new URL('proefessay-regionale-veerkracht.txt', FIXTURE), 'utf8'),
    METADATA,
  );
  const graph = graphOf(essay);

  it('makes each note a Footnote node with its number, page, text and document', () => {
    const given = METADATA.footnotes?.notes ?? [];
    expect(given).toHaveLength(5);
    expect(graph.nodes.get('Footnote')).toEqual(
      given.map((note) => ({
        slug: `proefessay-regionale-veerkracht--n${String(note.number).padStart(3, '0')}`,
        properties: {
          slug: `proefessay-regionale-veerkracht--n${String(note.number).padStart(3, '0')}`,
          number: note.number,
          page: note.page,
          text: note.text,
          // What full-text search reads: the text in the search index's form.
          searchText: indexedText(note.text),
          document: 'proefessay-regionale-veerkracht',
          types: ['Footnote'],
        },
      })),
    );
  });

  it('links each note from the passage that cites it, ordered by its markers', () => {
    const cites = graph.relationships.find((group) => group.type === 'CITES_NOTE');
    expect(cites?.rows.map((row) => [row.from, row.to, row.properties['order']])).toEqual([
      ['proefessay-regionale-veerkracht--p001', 'proefessay-regionale-veerkracht--n001', 1],
      ['proefessay-regionale-veerkracht--p001', 'proefessay-regionale-veerkracht--n002', 2],
      ['proefessay-regionale-veerkracht--p002', 'proefessay-regionale-veerkracht--n003', 1],
      ['proefessay-regionale-veerkracht--p003', 'proefessay-regionale-veerkracht--n004', 1],
      ['proefessay-regionale-veerkracht--p004', 'proefessay-regionale-veerkracht--n005', 1],
    ]);
  });
});

describe('essayToGraph on the seed essay, whose text dump has no notes’ texts', () => {
  it('makes no Footnote nodes, and the passages keep their footnote numbers', () => {
    const seed = readSeedEssay();
    const catalogue = new GraphBatchBuilder();
    for (const document of seed.documents) {
      // The catalogue defines the seed's documents; a title stands in for it here.
      catalogue.addNode(document.label, document.slug, { title: document.slug });
    }
    const graph = graphOf({ ...seed, tables: [] }, catalogue);
    expect(graph.nodes.get('Footnote')).toBeUndefined();
    expect(graph.relationships.some((group) => group.type === 'CITES_NOTE')).toBe(false);
    const numbers = (graph.nodes.get('Passage') ?? []).flatMap(
      (row) => row.properties['footnotes'] as number[],
    );
    expect(numbers.length).toBeGreaterThan(40);
  });
});
