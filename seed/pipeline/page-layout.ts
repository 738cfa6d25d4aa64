/**
 * Step 1 of reading a raw essay: split the PDF text into pages and number them.
 *
 * The extraction marks a new page in two ways: a line that begins with a space, or a printed page
 * number alone on a line followed by the running header (both belong to the top of that page and
 * are dropped). Pages that print no number get theirs by counting from those that do; the printed
 * numbers must agree with that count. Blank lines are extraction artefacts and are dropped.
 */
export interface SourceLine {
  /** 1-based line number in the raw file, for error messages. */
  readonly lineNumber: number;
  /** The line as extracted, including its leading and trailing whitespace. */
  readonly raw: string;
  readonly page: number;
}

export class LayoutError extends Error {
  override readonly name = 'LayoutError';
}

const PAGE_NUMBER = /^\d{1,4}$/;

export function paginate(
  rawText: string,
  runningHeader: string,
  bodyEndsBefore?: string,
): SourceLine[] {
  const lines = rawText.replace(/\r\n?/g, '\n').split('\n');
  const end = bodyEnd(lines, bodyEndsBefore);
  const pages: { printed: number | null; lines: { lineNumber: number; raw: string }[] }[] = [];
  for (let index = 0; index < end; index++) {
    const raw = lines[index] ?? '';
    if (raw.trim() === '') continue;
    const headerIndex = PAGE_NUMBER.test(raw.trim()) ? nextNonBlank(lines, index + 1, end) : -1;
    if (headerIndex >= 0 && lines[headerIndex]?.trim() === runningHeader) {
      pages.push({ printed: Number(raw.trim()), lines: [] });
      index = headerIndex;
      continue;
    }
    if (/^ \S/.test(raw) || /^ [\t ]+\S/.test(raw) || pages.length === 0) {
      pages.push({ printed: null, lines: [] });
    }
    pages.at(-1)?.lines.push({ lineNumber: index + 1, raw });
  }
  const offset = pageNumberOffset(pages.map((page) => page.printed));
  return pages.flatMap((page, index) =>
    page.lines.map((line) => ({ ...line, page: index + offset })),
  );
}

function bodyEnd(lines: readonly string[], bodyEndsBefore: string | undefined): number {
  if (bodyEndsBefore === undefined) return lines.length;
  const matches = lines.flatMap((line, index) => (line.trim() === bodyEndsBefore ? [index] : []));
  if (matches.length !== 1) {
    throw new LayoutError(
      `bodyEndsBefore "${bodyEndsBefore}" must match exactly one line; it matches ${matches.length}`,
    );
  }
  return matches[0] as number;
}

function nextNonBlank(lines: readonly string[], from: number, end: number): number {
  for (let index = from; index < end; index++) if ((lines[index] ?? '').trim() !== '') return index;
  return -1;
}

/** Page number = page index + offset, where the offset is what every printed number agrees on. */
function pageNumberOffset(printed: readonly (number | null)[]): number {
  const offsets = new Set(
    printed.flatMap((number, index) => (number === null ? [] : [number - index])),
  );
  if (offsets.size > 1) {
    const shown = printed.flatMap((number, index) =>
      number === null ? [] : [`${number} at page ${index + 1}`],
    );
    throw new LayoutError(`printed page numbers disagree with the page count: ${shown.join(', ')}`);
  }
  return offsets.size === 1 ? ([...offsets][0] as number) : 1;
}
