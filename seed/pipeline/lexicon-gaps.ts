/**
 * The lexicon-gap report: terms that the passages use far more than general Dutch does and that no
 * lexicon label names, as candidates for new lexicon entries. Pure: passages, labels and a
 * baseline in, ranked terms out.
 *
 * A term is a stemmed word or a stemmed two-word phrase (Snowball's Dutch stemmer over the shared
 * normalisation, so Clusters, clusters and cluster are one term) that neither is nor ends in a stop
 * word. Its salience is Dunning's log-likelihood G² of its count in the passages against its
 * expected count in a general Dutch reference corpus (Rayson & Garside 2000); only terms the
 * passages use more than the reference does are kept.
 */
import { createRequire } from 'node:module';
import { stemmer } from '@orama/stemmers/dutch';
import { pageAt } from '../../src/domain/passage-pages.js';
import { normaliseWord, words, type Word } from '../../src/domain/text-normalisation.js';
import { lexiconLabels, type Lexicon } from './lexicon.js';
import type { PageStart } from './paragraphs.js';
import { sentenceAt } from '../../src/domain/sentences.js';

/** Word forms with their frequency in occurrences per million words of general Dutch. */
export type Baseline = ReadonlyMap<string, number>;

/** A passage as the report reads it: its cleaned text and where its pages begin. */
export interface ReportPassage {
  readonly text: string;
  /** The page the passage starts on. */
  readonly page: number;
  readonly pageStarts: readonly PageStart[];
}

export interface LexiconGap {
  /** The term's stems, space-separated: what its occurrences have in common. */
  readonly stem: string;
  /** The form the passages write it in most often (of equally frequent forms, the first). */
  readonly surface: string;
  readonly count: number;
  /** How many passages use it. */
  readonly passages: number;
  /** Dunning's log-likelihood against the baseline. */
  readonly g2: number;
  /** The sentence where `surface` first occurs, verbatim, with its page. */
  readonly example: { readonly sentence: string; readonly page: number };
}

export interface GapOptions {
  /** How many terms to return, most salient first. */
  readonly top?: number;
  /** Terms used fewer times are left out: one or two uses say little about what the essay discusses. */
  readonly minCount?: number;
  /**
   * The size, in words, the baseline's frequencies are taken to come from. wordfreq blends corpora
   * of different sizes and states none; 100 million words matches the precision of its list.
   */
  readonly referenceWords?: number;
}

export class BaselineError extends Error {
  override readonly name = 'BaselineError';
}

const DEFAULT_MIN_COUNT = 3;
const DEFAULT_REFERENCE_WORDS = 100_000_000;
/** Between the two words of a phrase: spaces or a hyphen (sociaal-economisch), not punctuation. */
const PHRASE_GAP = /^[\s\-‐‑–]*$/u;
// Loaded with require: importing JSON needs import attributes, which Node has from 20.10 and
// package.json allows 20.9.
const stopwords = createRequire(import.meta.url)('stopwords-iso') as { nl: string[] };
const STOP_WORDS: ReadonlySet<string> = new Set(stopwords.nl.map(normaliseWord));

/** Snowball's Dutch stem of a normalised word. */
export function stem(normalisedWord: string): string {
  return stemmer(normalisedWord);
}

/** The stems of a text's words, space-separated: how terms and labels are compared. */
export function stemKey(text: string): string {
  return words(text)
    .map((word) => stem(word.norm))
    .join(' ');
}

/**
 * Dunning's log-likelihood G² of a count `a` in a corpus of `c` words against a count `b` in a
 * reference of `d` words: 2 Σ O ln(O/E) over both corpora, with E what each would hold if the
 * word were as frequent in both. Zero when the relative frequencies are equal.
 */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  const expectedA = (c * (a + b)) / (c + d);
  const expectedB = (d * (a + b)) / (c + d);
  const term = (observed: number, expected: number) =>
    observed === 0 ? 0 : observed * Math.log(observed / expected);
  return 2 * (term(a, expectedA) + term(b, expectedB));
}

/**
 * Reads the baseline file: a `#` comment line, a `word<TAB>per_million` header, then one word a line.
 * @throws BaselineError naming the file and line of the first malformed row.
 */
export function parseBaseline(tsv: string, sourceName: string): Baseline {
  const frequencies = new Map<string, number>();
  const lines = tsv.split('\n');
  lines.forEach((line, index) => {
    if (line === '' || line.startsWith('#') || line === 'word\tper_million') return;
    const [word, value, ...rest] = line.split('\t');
    const perMillion = Number(value);
    if (!word || rest.length > 0 || !(perMillion > 0)) {
      throw new BaselineError(
        `${sourceName}:${index + 1}: expected "word<TAB>frequency per million", got ${JSON.stringify(line)}`,
      );
    }
    frequencies.set(word, perMillion);
  });
  if (frequencies.size === 0) throw new BaselineError(`${sourceName} holds no word frequencies`);
  return frequencies;
}

/** Every label of every lexicon entry, in any section: names, preferred and alternative labels. */
export function allLexiconLabels(lexicon: Lexicon): string[] {
  return lexiconLabels(lexicon).flatMap((entity) => entity.labels);
}

interface TermTally {
  count: number;
  readonly passages: Set<number>;
  /** Each form as written, with how often and where it first occurs. */
  readonly surfaces: Map<string, SurfaceTally>;
}

interface SurfaceTally {
  count: number;
  readonly first: { readonly passage: number; readonly start: number; readonly end: number };
}

/**
 * The terms of `passages` that no label names, most salient first (ties by stem).
 * @throws BaselineError when the baseline is empty.
 */
export function lexiconGaps(
  passages: readonly ReportPassage[],
  labels: readonly string[],
  baseline: Baseline,
  options: GapOptions = {},
): LexiconGap[] {
  const minCount = options.minCount ?? DEFAULT_MIN_COUNT;
  const referenceWords = options.referenceWords ?? DEFAULT_REFERENCE_WORDS;
  const named = new Set(labels.map(stemKey));
  const { tallies, corpusWords } = tallyTerms(passages);
  const perMillion = stemFrequencies(baseline);
  // A stem the list lacks is rarer than every word in it: its lowest frequency is an upper bound,
  // which keeps the salience of unlisted words on the cautious side.
  const floor = [...baseline.values()].reduce((lowest, value) => Math.min(lowest, value));
  const frequencyOf = (stems: readonly string[]) =>
    // wordfreq's own estimate for several words: 1/f = Σ 1/fᵢ, no more frequent than the rarest.
    1 / stems.reduce((sum, part) => sum + 1 / (perMillion.get(part) ?? floor), 0);
  const gaps: LexiconGap[] = [];
  for (const [key, tally] of tallies) {
    if (tally.count < minCount || named.has(key)) continue;
    const referenceCount = (frequencyOf(key.split(' ')) * referenceWords) / 1_000_000;
    if (tally.count / corpusWords <= referenceCount / referenceWords) continue;
    const [surface, { first }] = mostFrequent(tally.surfaces);
    const passage = passages[first.passage] as ReportPassage;
    const sentence = sentenceAt(passage.text, first.start);
    gaps.push({
      stem: key,
      surface,
      count: tally.count,
      passages: tally.passages.size,
      g2: logLikelihood(tally.count, referenceCount, corpusWords, referenceWords),
      example: {
        sentence: passage.text.slice(sentence.start, sentence.end),
        page: pageAt(passage, sentence.start),
      },
    });
  }
  gaps.sort((x, y) => y.g2 - x.g2 || (x.stem < y.stem ? -1 : x.stem > y.stem ? 1 : 0));
  return options.top === undefined ? gaps : gaps.slice(0, options.top);
}

/** Counts every term of the passages, and every word: the corpus size G² compares against. */
function tallyTerms(passages: readonly ReportPassage[]): {
  tallies: Map<string, TermTally>;
  corpusWords: number;
} {
  const tallies = new Map<string, TermTally>();
  let corpusWords = 0;
  passages.forEach((passage, index) => {
    const tokens = words(passage.text);
    corpusWords += tokens.length;
    const count = (stems: string, from: Word, to: Word) => {
      const surface = passage.text.slice(from.start, to.end);
      const tally = tallies.get(stems) ?? {
        count: 0,
        passages: new Set<number>(),
        surfaces: new Map<string, SurfaceTally>(),
      };
      const written = tally.surfaces.get(surface) ?? {
        count: 0,
        first: { passage: index, start: from.start, end: to.end },
      };
      tally.count += 1;
      tally.passages.add(index);
      written.count += 1;
      tally.surfaces.set(surface, written);
      tallies.set(stems, tally);
    };
    tokens.forEach((token, position) => {
      if (!isContentWord(token.norm)) return;
      count(stem(token.norm), token, token);
      const next = tokens[position + 1];
      if (
        next !== undefined &&
        isContentWord(next.norm) &&
        PHRASE_GAP.test(passage.text.slice(token.end, next.start))
      ) {
        count(`${stem(token.norm)} ${stem(next.norm)}`, token, next);
      }
    });
  });
  return { tallies, corpusWords };
}

/** A word that can carry meaning on its own: some letter, more than one character, no stop word. */
function isContentWord(norm: string): boolean {
  return norm.length > 1 && /\p{L}/u.test(norm) && !STOP_WORDS.has(norm);
}

/** The baseline per stem: the frequencies of all its word forms added up. */
function stemFrequencies(baseline: Baseline): Map<string, number> {
  const perStem = new Map<string, number>();
  for (const [word, perMillion] of baseline) {
    const key = stemKey(word);
    if (key === '' || key.includes(' ')) continue;
    perStem.set(key, (perStem.get(key) ?? 0) + perMillion);
  }
  return perStem;
}

/** The form written most often; of equally frequent forms, the one that occurs first. */
function mostFrequent(surfaces: ReadonlyMap<string, SurfaceTally>): [string, SurfaceTally] {
  let best: [string, SurfaceTally] | null = null;
  for (const entry of surfaces) if (best === null || entry[1].count > best[1].count) best = entry;
  return best as [string, SurfaceTally];
}
