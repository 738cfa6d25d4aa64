/**
 * Which essay of the programme catalogue a PDF is: its printed title (and, where read, its authors)
 * matched against the essays the series' preface lists (seed/data/programme.yaml). Titles compare
 * ignoring case, accents, punctuation and a subtitle; authors break a tie or check a match. A title
 * that matches nothing exactly yields the closest essays with a score, for a reviewer to choose
 * from: never a guess. Pure.
 */
import { searchableText } from '../../src/domain/text-normalisation.js';
import type { Catalogue } from './catalogue.js';

export interface EssayRecord {
  readonly slug: string;
  readonly title: string;
  readonly subtitle: string | null;
  /** In the order the essay names them. */
  readonly authors: readonly { readonly slug: string; readonly name: string }[];
  readonly project: { readonly slug: string; readonly title: string };
  readonly seriesPosition: number;
}

export interface ScoredRecord {
  readonly record: EssayRecord;
  /** How alike the titles are, 0 to 1: one less the edit distance over the longer title. */
  readonly titleScore: number;
  /** The share of the essay's authors among the printed names, 0 to 1; null when none were read. */
  readonly authorScore: number | null;
}

export type RecordMatch =
  | { readonly status: 'matched'; readonly record: EssayRecord; readonly authorsChecked: boolean }
  | {
      readonly status: 'near-miss';
      readonly why: string;
      readonly candidates: readonly ScoredRecord[];
    }
  | { readonly status: 'unmatched'; readonly why: string };

export interface PrintedRecord {
  readonly title: string;
  /** Author names as printed, honorifics and initials allowed ("prof. dr. J. van Dijk"). */
  readonly authors?: readonly string[];
}

/** Titles less alike than this are not offered as near misses. */
const NEAR_MISS_SCORE = 0.7;
/** At most this many near misses are offered. */
const NEAR_MISSES = 3;
/** What ends a title and starts its subtitle: a colon, full stop or question mark, or a dash. */
const SUBTITLE_SEPARATOR = /\s*(?:[:.?!]\s|\s[-–—]\s)/u;
const HONORIFICS = new Set(['prof', 'dr', 'drs', 'ir', 'ing', 'mr', 'ds']);

/**
 * The catalogue's essay the printed title names: `matched` when exactly one essay's title (with or
 * without its subtitle) equals it and the printed authors, when given, include at least one of its
 * authors (of several such essays, the one with most of its authors printed); `near-miss` with the
 * closest essays otherwise, when any is close; else `unmatched`.
 */
export function matchEssayRecord(catalogue: Catalogue, printed: PrintedRecord): RecordMatch {
  const titleForms = printedTitleForms(printed.title);
  const scored = essayRecords(catalogue).map((record) => ({
    record,
    titleScore: Math.max(
      ...catalogueTitleForms(record).flatMap((form) =>
        titleForms.map((printedForm) => similarity(form, printedForm)),
      ),
    ),
    authorScore: printed.authors === undefined ? null : authorScore(record, printed.authors),
  }));
  const exact = scored.filter((candidate) => candidate.titleScore === 1);
  const best = Math.max(...exact.map((candidate) => candidate.authorScore ?? 0));
  const chosen = exact.filter((candidate) => (candidate.authorScore ?? 0) === best);
  const [only] = chosen;
  if (chosen.length === 1 && only !== undefined && only.authorScore !== 0) {
    return { status: 'matched', record: only.record, authorsChecked: only.authorScore !== null };
  }
  const near = scored
    .filter((candidate) => candidate.titleScore >= NEAR_MISS_SCORE)
    .sort((a, b) => b.titleScore - a.titleScore || (b.authorScore ?? 0) - (a.authorScore ?? 0))
    .slice(0, NEAR_MISSES);
  if (near.length === 0) {
    return {
      status: 'unmatched',
      why: `no essay of the catalogue has a title like “${printed.title}”`,
    };
  }
  const why =
    exact.length === 0
      ? `no essay of the catalogue is titled “${printed.title}”; the closest are listed`
      : chosen.length > 1
        ? `${chosen.length} essays are titled “${printed.title}” and the authors do not tell them apart`
        : `the title matches, but none of its authors is among ${printed.authors?.join(', ')}`;
  return { status: 'near-miss', why, candidates: near };
}

/** Every essay of the catalogue with its project and authors by name, in series order. */
export function essayRecords(catalogue: Catalogue): EssayRecord[] {
  const people = new Map(catalogue.people.map((person) => [person.slug, person.name]));
  return catalogue.projects
    .map((project) => ({
      slug: project.essay.slug,
      title: project.essay.title,
      subtitle: project.essay.subtitle ?? null,
      authors: project.essay.authors.map((slug) => ({ slug, name: people.get(slug) ?? slug })),
      project: { slug: project.slug, title: project.title },
      seriesPosition: project.essay.seriesPosition,
    }))
    .sort((a, b) => a.seriesPosition - b.seriesPosition);
}

/** The printed title whole, and up to its first subtitle separator. */
function printedTitleForms(title: string): string[] {
  const head = title.split(SUBTITLE_SEPARATOR)[0] ?? title;
  return [...new Set([searchableText(title), searchableText(head)])];
}

function catalogueTitleForms(record: EssayRecord): string[] {
  const forms = [searchableText(record.title)];
  if (record.subtitle !== null) forms.push(searchableText(`${record.title} ${record.subtitle}`));
  return forms;
}

/**
 * The share of the essay's authors that the printed names name: same surname, and the same given
 * names or their initials ("J.W. Duyvendak" is Jan Willem Duyvendak).
 */
function authorScore(record: EssayRecord, printedNames: readonly string[]): number {
  const printed = printedNames.map(nameParts);
  const found = record.authors.filter((author) => {
    const known = nameParts(author.name);
    return printed.some(
      (name) =>
        name.surname === known.surname &&
        (name.given.join(' ') === known.given.join(' ') ||
          (name.given.every((word) => word.length === 1) &&
            name.given.join('') === known.given.map((word) => word.charAt(0)).join(''))),
    );
  });
  return record.authors.length === 0 ? 0 : found.length / record.authors.length;
}

/** Words that open a Dutch surname ("van Dijk", "van den Brink", "ten Have"). */
const SURNAME_PARTICLES = new Set([
  'van',
  'de',
  'den',
  'der',
  'ten',
  'ter',
  'te',
  'het',
  't',
  'in',
]);

/** A name without honorifics, as given names and surname. */
function nameParts(name: string): { given: string[]; surname: string } {
  const words = searchableText(name)
    .split(' ')
    .filter((word) => word !== '' && !HONORIFICS.has(word));
  const particle = words.findIndex((word, index) => index > 0 && SURNAME_PARTICLES.has(word));
  const surnameStart = particle > 0 ? particle : words.length - 1;
  return { given: words.slice(0, surnameStart), surname: words.slice(surnameStart).join(' ') };
}

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/** Levenshtein distance: insertions, deletions and substitutions of one character each cost 1. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(
        Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
