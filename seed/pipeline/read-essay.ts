/**
 * Reads one raw essay text with its metadata into documents, sections and passages, plus the tables
 * it contains; a passage carries the texts of the notes it cites where the metadata gives them.
 * Pure: text in, values out.
 */
import type { EssayMetadata } from './essay-metadata.js';
import { structure, type TableLines } from './document-structure.js';
import { LayoutError, paginate } from './page-layout.js';
import { toPassages, typicalLineWidth, type PassageText } from './paragraphs.js';
import { FootnoteSequence, type FootnoteRange } from './text-repair.js';

/** A note as printed at the foot of a page. */
export interface FootnoteText {
  readonly number: number;
  /** The page the note is printed on. */
  readonly page: number;
  readonly text: string;
}

export interface ReadPassage extends PassageText {
  /**
   * The notes the passage cites, in the order of its `footnotes`; empty when the metadata gives no
   * notes' texts (a text dump does not keep them).
   */
  readonly notes: readonly FootnoteText[];
}

export interface SectionText {
  readonly heading: string;
  readonly page: number;
  readonly passages: readonly ReadPassage[];
}

export interface DocumentText {
  readonly label: 'Essay' | 'Preface';
  readonly slug: string;
  readonly title: string | null;
  readonly sections: readonly SectionText[];
}

export interface EssayText {
  readonly documents: readonly DocumentText[];
  readonly tables: readonly TableLines[];
}

export interface ReadOptions {
  /** Names that keep a hyphen at a line break, e.g. region names from the lexicon. */
  readonly properNames?: ReadonlySet<string>;
}

/**
 * @throws LayoutError when the text does not match its metadata (with the line where it failed), or
 *   when the notes' texts the metadata gives do not match the markers found (naming the number).
 */
export function readEssay(
  rawText: string,
  metadata: EssayMetadata,
  options: ReadOptions = {},
): EssayText {
  const lines = paginate(rawText, metadata.runningHeader, metadata.bodyEndsBefore);
  const { documents, tables } = structure(lines, metadata);
  const rules = {
    keepHyphenAfter: new Set(metadata.keepHyphenAfter.map((word) => word.toLowerCase())),
    properNames: options.properNames ?? new Set<string>(),
  };
  const footnotes = metadata.footnotes ?? { first: 1, last: 0 };
  const sequence = new FootnoteSequence(footnotes);
  const read = documents.map((document) => {
    const width = typicalLineWidth(document.sections.flatMap((section) => section.lines));
    return {
      label: document.spec.label,
      slug: document.spec.slug,
      title: document.spec.title ?? null,
      sections: document.sections.map((section) => ({
        heading: section.heading,
        page: section.page,
        passages: toPassages(section, sequence, rules, width),
      })),
    };
  });
  if (metadata.footnotes && sequence.next !== footnotes.last + 1) {
    throw new LayoutError(
      `footnotes should run ${footnotes.first}..${footnotes.last}; the last one found is ${sequence.next - 1}`,
    );
  }
  return { documents: attachNotes(read, footnotes, metadata.footnotes?.notes ?? []), tables };
}

type DocumentPassages = Omit<DocumentText, 'sections'> & {
  readonly sections: readonly (Omit<SectionText, 'passages'> & {
    readonly passages: readonly PassageText[];
  })[];
};

/** Gives each passage the notes its markers cite. @throws LayoutError as checkCitations. */
function attachNotes(
  documents: readonly DocumentPassages[],
  range: FootnoteRange,
  given: readonly FootnoteText[],
): DocumentText[] {
  const notes = notesByNumber(range, given);
  const cited = documents.flatMap((document) =>
    document.sections.flatMap((section) =>
      section.passages.flatMap((passage) => passage.footnotes),
    ),
  );
  if (notes.size > 0) checkCitations(notes, cited);
  return documents.map((document) => ({
    ...document,
    sections: document.sections.map((section) => ({
      ...section,
      passages: section.passages.map((passage) => ({
        ...passage,
        notes: passage.footnotes.flatMap((number) => notes.get(number) ?? []),
      })),
    })),
  }));
}

/** The notes by number. @throws LayoutError for a number listed twice or outside the range. */
function notesByNumber(
  range: FootnoteRange,
  notes: readonly FootnoteText[],
): ReadonlyMap<number, FootnoteText> {
  const byNumber = new Map<number, FootnoteText>();
  for (const note of notes) {
    if (byNumber.has(note.number)) {
      throw new LayoutError(`note ${note.number} is given twice; each number has one text`);
    }
    if (note.number < range.first || note.number > range.last) {
      throw new LayoutError(
        `note ${note.number} lies outside the footnotes’ range ${range.first}..${range.last}`,
      );
    }
    byNumber.set(note.number, note);
  }
  return byNumber;
}

/**
 * Once the notes' texts are given, every note is cited by exactly one marker and every marker has
 * its note: a note linked to the wrong passage, or a marker left without its text, would be a
 * silent guess. (Markers are only found within the range, so every one has a number to look up.)
 * @throws LayoutError naming the first number that breaks this.
 */
function checkCitations(notes: ReadonlyMap<number, FootnoteText>, cited: readonly number[]): void {
  const markers = new Map<number, number>();
  for (const number of cited) {
    if (!notes.has(number)) {
      throw new LayoutError(`footnote ${number} is cited in the text but has no note text`);
    }
    markers.set(number, (markers.get(number) ?? 0) + 1);
  }
  for (const number of notes.keys()) {
    const count = markers.get(number) ?? 0;
    if (count !== 1) {
      throw new LayoutError(
        `note ${number} should be cited by one marker in the text; found ${count}`,
      );
    }
  }
}
