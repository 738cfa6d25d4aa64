/**
 * Step 3: a section's lines become passages (its paragraphs and list items), with footnotes removed
 * and recorded, words rejoined across line breaks, and the page of every character known.
 *
 * A passage ends where the layout says so: before an indented line or a list item, after a table,
 * after a sentence whose line does not end in the single space that running lines end with, or after
 * a short line (well under the document's line width) that ends neither in a hyphen nor a comma.
 */
import type { SectionLines } from './document-structure.js';
import { normaliseSpace } from './document-structure.js';
import type { SourceLine } from './page-layout.js';
import { joinHyphenated, type FootnoteSequence, type HyphenationRules } from './text-repair.js';

export type PassageKind = 'PARAGRAPH' | 'LIST_ITEM';

export interface PageStart {
  /** Character offset in the passage text where `page` begins. */
  readonly offset: number;
  readonly page: number;
}

export interface PassageText {
  readonly kind: PassageKind;
  /** The printed marker of a list item ("1", "–"), else null. */
  readonly marker: string | null;
  readonly text: string;
  readonly footnotes: readonly number[];
  /** The page the passage starts on, then each page it continues on. */
  readonly pages: readonly PageStart[];
}

interface PreparedLine {
  readonly source: SourceLine;
  readonly content: string;
  readonly trailing: string;
  readonly indented: boolean;
  readonly marker: string | null;
  readonly footnotes: readonly number[];
}

const LIST_MARKER = /^(\d{1,2}|[–•-])[ ]?\t[\t ]*/u;
const SENTENCE_END = /[.?!:;][’”'")]*$/u;
const SHORT_LINE_SHARE = 0.62;

export function toPassages(
  section: SectionLines,
  footnotes: FootnoteSequence,
  rules: HyphenationRules,
  lineWidth: number,
): PassageText[] {
  const lines = section.lines.map((line) => prepare(line, footnotes));
  const groups: PreparedLine[][] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (
      previous === undefined ||
      section.breaksBefore.has(index) ||
      startsPassage(line) ||
      endsPassage(previous, line, lineWidth)
    ) {
      groups.push([line]);
    } else {
      groups.at(-1)?.push(line);
    }
  });
  return groups.map((group) => join(group, rules)).filter((passage) => passage.text !== '');
}

/** Typical width of a running line: the 75th percentile of the line lengths. */
export function typicalLineWidth(lines: readonly SourceLine[]): number {
  const lengths = lines.map((line) => line.raw.trim().length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.75)] ?? 0;
}

function prepare(source: SourceLine, footnotes: FootnoteSequence): PreparedLine {
  // A leading space marks a new PDF page, not indentation; a tab after it is an indent.
  const withoutPageMark = source.raw.replace(/^ (?=\S|\t)/u, '');
  const indented = /^\t/u.test(withoutPageMark);
  const unindented = withoutPageMark.replace(/^[\t ]+/u, '');
  const marker = LIST_MARKER.exec(unindented);
  const body = marker ? unindented.slice(marker[0].length) : unindented;
  const trailing = /[\s\u00a0\u2009]*$/u.exec(body)?.[0] ?? '';
  const stripped = footnotes.strip(body.slice(0, body.length - trailing.length));
  return {
    source,
    content: normaliseSpace(stripped.text),
    trailing,
    indented,
    marker: marker?.[1] ?? null,
    footnotes: stripped.footnotes,
  };
}

function startsPassage(line: PreparedLine): boolean {
  return line.indented || line.marker !== null;
}

function endsPassage(line: PreparedLine, next: PreparedLine, lineWidth: number): boolean {
  if (/[-/,]$/u.test(line.content)) return false;
  if (SENTENCE_END.test(line.content) && line.trailing !== ' ') return true;
  const short = line.content.length < lineWidth * SHORT_LINE_SHARE;
  return short && /^[\p{Lu}\p{N}“‘]/u.test(next.content);
}

function join(group: readonly PreparedLine[], rules: HyphenationRules): PassageText {
  let text = '';
  const pages: PageStart[] = [];
  for (const line of group) {
    text = appendLine(text, line.content, rules);
    if (pages.at(-1)?.page !== line.source.page) {
      // Every join keeps the appended line as the suffix of the text, so this is where it begins.
      pages.push({ offset: text.length - line.content.length, page: line.source.page });
    }
  }
  const first = group[0] as PreparedLine;
  return {
    kind: first.marker === null ? 'PARAGRAPH' : 'LIST_ITEM',
    marker: first.marker,
    text,
    footnotes: group.flatMap((line) => line.footnotes),
    pages,
  };
}

function appendLine(text: string, line: string, rules: HyphenationRules): string {
  if (text === '') return line;
  if (line === '') return text;
  if (/\p{L}-$/u.test(text)) return joinHyphenated(text, line, rules);
  if (text.endsWith('/')) return `${text}${line}`;
  return `${text} ${line}`;
}
