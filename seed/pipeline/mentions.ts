/**
 * Finds which lexicon entities a passage mentions: labels are matched on whole words, ignoring case,
 * accents and apostrophes (regio's = regio’s = regios, variëteit = varieteit); a hyphen separates
 * words, so "WW-uitkeringen" mentions WW. Each mention keeps how often it occurs and the surface
 * forms as written in the passage.
 */
import { words, type Word } from '../../src/domain/text-normalisation.js';
import type { LabelledEntity } from './lexicon.js';

export interface Mention {
  readonly entity: LabelledEntity['ref'];
  readonly count: number;
  /** Distinct forms as written, in order of first occurrence. */
  readonly surfaces: readonly string[];
}

export class MentionMatcher {
  /** Labels indexed by their first word. */
  private readonly byFirstWord = new Map<string, { entity: number; words: string[] }[]>();

  constructor(private readonly entities: readonly Pick<LabelledEntity, 'ref' | 'labels'>[]) {
    entities.forEach((entity, index) => {
      for (const label of entity.labels) {
        const labelWords = words(label).map((word) => word.norm);
        const first = labelWords[0];
        if (first === undefined) continue;
        const candidates = this.byFirstWord.get(first) ?? [];
        candidates.push({ entity: index, words: labelWords });
        this.byFirstWord.set(first, candidates);
      }
    });
  }

  /**
   * Leftmost-longest matching: where labels overlap, the longest wins and the words it covers are
   * not matched again, so "Oost-Groningen" is no mention of the province Groningen. The one
   * exception is a policy instrument's name: what it names inside is mentioned as well.
   */
  find(text: string): Mention[] {
    const tokens = words(text);
    const candidates: { entity: number; start: number; end: number }[] = [];
    tokens.forEach((token, position) => {
      for (const candidate of this.byFirstWord.get(token.norm) ?? []) {
        const end = position + candidate.words.length - 1;
        if (candidate.words.every((word, offset) => tokens[position + offset]?.norm === word)) {
          candidates.push({ entity: candidate.entity, start: position, end });
        }
      }
    });
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const accepted: typeof candidates = [];
    for (const candidate of candidates) {
      const clashes = accepted.some(
        (match) =>
          match.start <= candidate.end &&
          candidate.start <= match.end &&
          !(match.start === candidate.start && match.end === candidate.end),
      );
      const repeated = accepted.some(
        (match) =>
          match.entity === candidate.entity &&
          match.start === candidate.start &&
          match.end === candidate.end,
      );
      if (!clashes && !repeated) accepted.push(candidate);
    }
    // An instrument's name that names something else names it too: "voorkomen voortijdig
    // schoolverlaten" is a mention of the instrument and of early school leaving.
    const instrumentMatches = accepted.filter(
      (match) => this.entities[match.entity]?.ref.label === 'PolicyInstrument',
    );
    for (const candidate of candidates) {
      const named = instrumentMatches.some(
        (match) =>
          match.start <= candidate.start &&
          candidate.end <= match.end &&
          candidate.end - candidate.start < match.end - match.start,
      );
      if (named && this.entities[candidate.entity]?.ref.label !== 'PolicyInstrument') {
        accepted.push(candidate);
      }
    }
    const found = new Map<number, { count: number; surfaces: string[] }>();
    for (const match of accepted) {
      const entry = found.get(match.entity) ?? { count: 0, surfaces: [] };
      const surface = text.slice(
        (tokens[match.start] as Word).start,
        (tokens[match.end] as Word).end,
      );
      entry.count += 1;
      if (!entry.surfaces.includes(surface)) entry.surfaces.push(surface);
      found.set(match.entity, entry);
    }
    return [...found].map(([index, entry]) => ({
      entity: (this.entities[index] as LabelledEntity).ref,
      count: entry.count,
      surfaces: entry.surfaces,
    }));
  }
}
