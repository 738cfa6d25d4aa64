/**
 * Reads one raw essay text with its metadata into documents, sections and passages, plus the tables
 * it contains. Pure: text in, values out.
 */
import type { EssayMetadata } from './essay-metadata.js';
import { structure, type TableLines } from './document-structure.js';
import { LayoutError, paginate } from './page-layout.js';
import { toPassages, typicalLineWidth, type PassageText } from './paragraphs.js';
import { FootnoteSequence } from './text-repair.js';

export interface SectionText {
  readonly heading: string;
  readonly page: number;
  readonly passages: readonly PassageText[];
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

/** @throws LayoutError when the text does not match its metadata (with the line where it failed). */
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
  return { documents: read, tables };
}
