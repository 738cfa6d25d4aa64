/**
 * Finds which lexicon entities a passage mentions: labels are matched on whole words, ignoring case,
 * accents and apostrophes (regio's = regio’s = regios, variëteit = varieteit); a hyphen separates
 * words, so "WW-uitkeringen" mentions WW. Each mention keeps how often it occurs and the surface
 * forms as written in the passage.
 */
import { words } from '../../src/domain/text-normalisation.js';
import type { LabelledEntity } from './lexicon.js';

export interface Mention {
  readonly entity: LabelledEntity['ref'];
  readonly count: number;
  /** Distinct forms as written, in order of first occurrence. */
  readonly surfaces: readonly string[];
}

export class MentionMatcher {
  /** Labels indexed by their first word, longest first, so the longest label wins at a position. */
  private readonly byFirstWord = new Map<string, { entity: number; words: string[] }[]>();

  constructor(private readonly entities: readonly LabelledEntity[]) {
    entities.forEach((entity, index) => {
      for (const label of entity.labels) {
        const labelWords = words(label).map((word) => word.norm);
        const first = labelWords[0];
        if (first === undefined) continue;
        const candidates = this.byFirstWord.get(first) ?? [];
        candidates.push({ entity: index, words: labelWords });
        candidates.sort((a, b) => b.words.length - a.words.length);
        this.byFirstWord.set(first, candidates);
      }
    });
  }

  find(text: string): Mention[] {
    const tokens = words(text);
    const found = new Map<number, { starts: Set<number>; surfaces: string[] }>();
    tokens.forEach((token, position) => {
      const matchedHere = new Set<number>();
      for (const candidate of this.byFirstWord.get(token.norm) ?? []) {
        if (matchedHere.has(candidate.entity)) continue;
        const last = tokens[position + candidate.words.length - 1];
        if (last === undefined) continue;
        if (!candidate.words.every((word, offset) => tokens[position + offset]?.norm === word))
          continue;
        matchedHere.add(candidate.entity);
        const entry = found.get(candidate.entity) ?? { starts: new Set<number>(), surfaces: [] };
        entry.starts.add(position);
        const surface = text.slice(token.start, last.end);
        if (!entry.surfaces.includes(surface)) entry.surfaces.push(surface);
        found.set(candidate.entity, entry);
      }
    });
    return [...found].map(([index, entry]) => ({
      entity: (this.entities[index] as LabelledEntity).ref,
      count: entry.starts.size,
      surfaces: entry.surfaces,
    }));
  }
}
