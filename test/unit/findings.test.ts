/**
 * Lists of findings: `itemOf` is checked when the file is read (an existing introducer in the same
 * document, no cycles), and the graph links each item to its introducer in the text's order and
 * makes it about everything the introducer is about.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { PlacedPassage } from '../../seed/pipeline/essay-graph.js';
import { findingsToGraph, FindingsError, parseFindings } from '../../seed/pipeline/findings.js';
import { GraphBatchBuilder } from '../../seed/pipeline/graph-batch.js';

const ESSAY = 'essay';
const TEXT =
  'De belemmeringen zijn te verdelen in twee thema’s. Ten eerste ontbreekt samenhang. Ten tweede blijft het bij overleg.';

interface Draft {
  readonly slug: string;
  readonly quote: string;
  readonly document?: string;
  readonly itemOf?: string;
  readonly concepts?: readonly string[];
}

function findingsFile(drafts: readonly Draft[]): string {
  return stringify({
    findings: drafts.map((draft) => ({
      slug: draft.slug,
      document: draft.document ?? ESSAY,
      kind: 'CLAIM',
      statement: { nl: draft.slug, en: draft.slug },
      quote: draft.quote,
      page: 1,
      ...(draft.itemOf === undefined ? {} : { itemOf: draft.itemOf }),
      about: { concept: draft.concepts ?? [] },
    })),
  });
}

const INTRODUCER: Draft = {
  slug: 'twee-themas',
  quote: 'De belemmeringen zijn te verdelen in twee thema’s.',
  concepts: ['arbeidsmarktbeleid'],
};
const FIRST: Draft = {
  slug: 'samenhang',
  quote: 'Ten eerste ontbreekt samenhang.',
  itemOf: 'twee-themas',
  concepts: ['samenhang'],
};
const SECOND: Draft = {
  slug: 'overleg',
  quote: 'Ten tweede blijft het bij overleg.',
  itemOf: 'twee-themas',
};

const parse = (drafts: readonly Draft[]) => parseFindings(findingsFile(drafts), 'findings.yaml');

describe('parseFindings checks lists', () => {
  it('reads itemOf as the slug of the introducing finding', () => {
    expect(parse([INTRODUCER, FIRST, SECOND]).map((finding) => finding.itemOf)).toEqual([
      undefined,
      'twee-themas',
      'twee-themas',
    ]);
  });

  it('refuses an itemOf that names no finding of the file', () => {
    expect(() => parse([{ ...FIRST, itemOf: 'drie-themas' }])).toThrow(
      new FindingsError(
        'findings.yaml: finding samenhang: itemOf names "drie-themas", which is not a finding of this file',
      ),
    );
  });

  it('refuses an item of a list in another document', () => {
    expect(() => parse([{ ...INTRODUCER, document: 'voorwoord' }, FIRST])).toThrow(
      new FindingsError(
        'findings.yaml: finding samenhang (in essay) cannot be an item of twee-themas, which is in voorwoord',
      ),
    );
  });

  it('refuses itemOf links that come back to where they started, also a finding of itself', () => {
    expect(() => parse([{ ...INTRODUCER, itemOf: 'overleg' }, FIRST, SECOND])).toThrow(
      new FindingsError(
        'findings.yaml: the itemOf links twee-themas -> overleg -> twee-themas form a cycle; a list cannot be an item of itself',
      ),
    );
    expect(() => parse([{ ...INTRODUCER, itemOf: 'twee-themas' }])).toThrow(
      'the itemOf links twee-themas -> twee-themas form a cycle',
    );
  });
});

describe('findingsToGraph links lists', () => {
  function build(drafts: readonly Draft[]) {
    const graph = new GraphBatchBuilder();
    for (const concept of ['arbeidsmarktbeleid', 'samenhang', 'inspectie']) {
      graph.addNode('Concept', concept, {});
    }
    const passage: PlacedPassage = { slug: 'p1', document: ESSAY, text: TEXT, pageAt: () => 1 };
    findingsToGraph(parse(drafts), [passage], graph);
    const batch = graph.build();
    const rows = (type: string) =>
      batch.relationships.filter((group) => group.type === type).flatMap((group) => group.rows);
    return { rows };
  }

  it('numbers the items in the order the text states them, whatever the order of the file', () => {
    const { rows } = build([SECOND, FIRST, INTRODUCER]);
    expect(rows('ITEM_OF')).toEqual([
      { from: 'samenhang', to: 'twee-themas', properties: { position: 1 } },
      { from: 'overleg', to: 'twee-themas', properties: { position: 2 } },
    ]);
  });

  it('makes each item about its own subjects and its introducer’s, down nested lists', () => {
    const nested: Draft = {
      slug: 'overleg-zonder-budget',
      quote: 'blijft het bij overleg',
      itemOf: 'overleg',
    };
    const { rows } = build([
      { ...INTRODUCER, concepts: ['arbeidsmarktbeleid', 'inspectie'] },
      FIRST,
      SECOND,
      nested,
    ]);
    const about = (slug: string) =>
      rows('ABOUT')
        .filter((row) => row.from === slug)
        .map((row) => row.to);
    expect(about('twee-themas')).toEqual(['arbeidsmarktbeleid', 'inspectie']);
    expect(about('samenhang')).toEqual(['samenhang', 'arbeidsmarktbeleid', 'inspectie']);
    expect(about('overleg')).toEqual(['arbeidsmarktbeleid', 'inspectie']);
    expect(about('overleg-zonder-budget')).toEqual(['arbeidsmarktbeleid', 'inspectie']);
  });

  it('links no list when no finding names one', () => {
    const { rows } = build([INTRODUCER, { ...FIRST, itemOf: undefined }]);
    expect(rows('ITEM_OF')).toEqual([]);
    expect(rows('ABOUT').map((row) => row.from)).toEqual(['twee-themas', 'samenhang']);
  });
});
