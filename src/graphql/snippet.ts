/**
 * Excerpts with highlights: where in a text the searched words stand. Words match when their
 * normalised forms share a searched word's stem-like prefix, so "arbeidsmarkten" also lights up
 * "arbeidsmarkt" as the stemming search found it; a hyphenated run lights up whole when only the
 * run as one word matches ("Randstad-regio's" for "Randstadregio's").
 */
import { hyphenatedRuns, type Word } from '../domain/text-normalisation.js';

const CONTEXT = 90;

export interface Snippet {
  readonly snippet: string;
  readonly highlights: readonly { readonly start: number; readonly end: number }[];
}

export function snippet(text: string, terms: readonly string[]): Snippet {
  const stems = terms.map((term) => term.slice(0, Math.max(4, term.length - 2)));
  const matching = (norm: string) => stems.some((stem) => norm.startsWith(stem));
  const matches = hyphenatedRuns(text).flatMap((run): readonly Pick<Word, 'start' | 'end'>[] => {
    const parts = run.parts.filter((part) => matching(part.norm));
    return parts.length === 0 && run.parts.length > 1 && matching(run.joined) ? [run] : parts;
  });
  const first = matches[0];
  const start =
    first === undefined || first.start <= CONTEXT ? 0 : wordStart(text, first.start - CONTEXT);
  const end =
    first === undefined
      ? Math.min(text.length, 2 * CONTEXT)
      : wordEnd(text, Math.max(first.end + CONTEXT, start + 2 * CONTEXT));
  const excerpt = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  const shift = start > 0 ? 1 - start : -start;
  return {
    snippet: excerpt,
    highlights: matches
      .filter((word) => word.start >= start && word.end <= end)
      .map((word) => ({ start: word.start + shift, end: word.end + shift })),
  };
}

function wordStart(text: string, offset: number): number {
  const space = text.indexOf(' ', offset);
  return space < 0 ? offset : space + 1;
}

function wordEnd(text: string, offset: number): number {
  if (offset >= text.length) return text.length;
  const space = text.indexOf(' ', offset);
  return space < 0 ? text.length : space;
}
