import { describe, expect, it } from 'vitest';
import {
  BaselineError,
  lexiconGaps,
  logLikelihood,
  parseBaseline,
  stemKey,
  type ReportPassage,
} from '../../seed/pipeline/lexicon-gaps.js';

const FIRST =
  'Clusters van bedrijven groeien snel. Een cluster trekt kennis aan; de kennisbasis groeit. ' +
  'Het cluster deelt een kennisbasis met de regio.';
const SECOND = 'De regio kent clusters. Kennisbasis. Kennis deelt de regio graag.';
/** The first passage runs from page 3 onto page 4 at its second sentence. */
const PASSAGES: ReportPassage[] = [
  {
    text: FIRST,
    page: 3,
    pageStarts: [
      { offset: 0, page: 3 },
      { offset: 37, page: 4 },
    ],
  },
  { text: SECOND, page: 5, pageStarts: [{ offset: 0, page: 5 }] },
];
const CORPUS_WORDS = 31;
const REFERENCE_WORDS = 1_000_000;
/** Per million: two forms of cluster, and words far more common in general Dutch than here ("snel" is missing). */
const BASELINE = new Map([
  ['cluster', 10],
  ['clusters', 30],
  ['regio', 50],
  ['kennis', 80],
  ['groeien', 200_000],
  ['groeit', 200_000],
  ['deelt', 200_000],
  ['graag', 200_000],
  ['bedrijven', 200_000],
  ['trekt', 200_000],
  ['kent', 200_000],
]);

function gaps(labels: readonly string[] = [], minCount = 1) {
  return lexiconGaps(PASSAGES, labels, BASELINE, { minCount, referenceWords: REFERENCE_WORDS });
}

describe('logLikelihood', () => {
  it('matches Dunning’s G² computed by hand', () => {
    // 2 (10 ln(10/1.0891) + 100 ln(100/108.911)), as computed independently in Python.
    expect(logLikelihood(10, 100, 1000, 100_000)).toBeCloseTo(27.272535, 5);
    // A word the reference lacks: its term there is 0 ln 0 = 0.
    expect(logLikelihood(5, 0, 100, 1000)).toBeCloseTo(23.978953, 5);
  });

  it('is zero when both corpora use the word equally often', () => {
    expect(logLikelihood(1, 10, 100, 1000)).toBeCloseTo(0, 10);
  });
});

describe('lexiconGaps', () => {
  it('counts the word forms of one stem as one term, written as most often', () => {
    const cluster = gaps().find((gap) => gap.stem === 'cluster');
    expect(cluster).toMatchObject({ surface: 'cluster', count: 4, passages: 2 });
    expect(stemKey('Clusters')).toBe('cluster');
  });

  it('scores a term against the baseline of all its forms, in a corpus of all words', () => {
    const cluster = gaps().find((gap) => gap.stem === 'cluster');
    // cluster + clusters: 40 per million in a reference of a million words.
    expect(cluster?.g2).toBeCloseTo(logLikelihood(4, 40, CORPUS_WORDS, REFERENCE_WORDS), 10);
  });

  it('takes a word the baseline lacks at the baseline’s lowest frequency', () => {
    const kennisbasis = gaps().find((gap) => gap.stem === 'kennisbasis');
    expect(kennisbasis).toMatchObject({ count: 3, passages: 2 });
    expect(kennisbasis?.g2).toBeCloseTo(logLikelihood(3, 10, CORPUS_WORDS, REFERENCE_WORDS), 10);
  });

  it('pairs two content words written next to each other, not across punctuation or stop words', () => {
    const stems = gaps().map((gap) => gap.stem);
    // "… kent clusters. Kennisbasis. Kennis deelt …": punctuation ends each phrase.
    expect(stems).not.toContain('cluster kennisbasis');
    expect(stems).not.toContain('kennisbasis kennis');
    // "cluster deelt" and "regio kent" are phrases; "een kennisbasis" starts with a stop word.
    expect(stems).toContain('regio kent');
    expect(
      stems.some((stem) =>
        stem.split(' ').some((word) => ['de', 'een', 'het', 'van', 'met'].includes(word)),
      ),
    ).toBe(false);
  });

  it('estimates a phrase’s baseline as wordfreq does: 1/f = 1/f₁ + 1/f₂', () => {
    const phrase = gaps().find((gap) => gap.stem === 'regio kent');
    const perMillion = 1 / (1 / 50 + 1 / 200_000);
    expect(phrase?.g2).toBeCloseTo(logLikelihood(1, perMillion, CORPUS_WORDS, REFERENCE_WORDS), 10);
  });

  it('leaves out terms that a label names, compared by stems', () => {
    const stems = gaps(['Kennisbasis', 'de regio kent']).map((gap) => gap.stem);
    expect(stems).not.toContain('kennisbasis');
    expect(stems).toContain('regio');
    expect(gaps(['Regio']).map((gap) => gap.stem)).not.toContain('regio');
    // A label is one term: "de regio kent" does not name "regio kent".
    expect(stems).toContain('regio kent');
    expect(gaps(['regio kent']).map((gap) => gap.stem)).not.toContain('regio kent');
  });

  it('keeps only terms the passages use more than general Dutch does', () => {
    const stems = gaps().map((gap) => gap.stem);
    expect(stems).not.toContain(stemKey('groeien'));
    expect(stems).not.toContain(stemKey('deelt'));
  });

  it('gives the sentence where its form as listed first occurs, verbatim, with its page', () => {
    const byStem = new Map(gaps().map((gap) => [gap.stem, gap]));
    expect(byStem.get(stemKey('snel'))?.example).toEqual({
      sentence: 'Clusters van bedrijven groeien snel.',
      page: 3,
    });
    // "Clusters" comes first, but "cluster" is the form listed.
    expect(byStem.get('cluster')?.example).toEqual({
      sentence: 'Een cluster trekt kennis aan; de kennisbasis groeit.',
      page: 4,
    });
    expect(byStem.get('kennisbasis')?.example).toEqual({
      sentence: 'Een cluster trekt kennis aan; de kennisbasis groeit.',
      page: 4,
    });
  });

  it('ranks by G², leaves out rare terms and returns the top asked for', () => {
    const all = gaps();
    expect(all.map((gap) => gap.g2)).toEqual([...all.map((gap) => gap.g2)].sort((a, b) => b - a));
    expect(all[0]?.stem).toBe('cluster');
    const frequent = gaps([], 3);
    expect(frequent.map((gap) => gap.stem).sort()).toEqual(['cluster', 'kennisbasis', 'regio']);
    expect(
      lexiconGaps(PASSAGES, [], BASELINE, { minCount: 1, referenceWords: REFERENCE_WORDS, top: 2 }),
    ).toEqual(all.slice(0, 2));
  });
});

describe('parseBaseline', () => {
  it('reads word forms with their frequency per million', () => {
    const baseline = parseBaseline(
      '# wordfreq\nword\tper_million\nde\t53700\nregio’s\t15.1\n',
      'b.tsv',
    );
    expect([...baseline]).toEqual([
      ['de', 53700],
      ['regio’s', 15.1],
    ]);
  });

  it('names the file and line of a malformed row', () => {
    expect(() => parseBaseline('word\tper_million\nde\t53700\nregio\n', 'b.tsv')).toThrow(
      new BaselineError('b.tsv:3: expected "word<TAB>frequency per million", got "regio"'),
    );
    expect(() => parseBaseline('de\t-1\n', 'b.tsv')).toThrow(BaselineError);
    expect(() => parseBaseline('# only a comment\n', 'b.tsv')).toThrow(
      'b.tsv holds no word frequencies',
    );
  });
});
