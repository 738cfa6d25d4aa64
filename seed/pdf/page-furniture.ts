/**
 * Running headers and footers, and printed page numbers: the lines a page repeats in its top or
 * bottom band. They are not body text; the pipeline wants the number and the header back only as
 * the pair that opens a page.
 */
import type { LayoutLine } from './layout-lines.js';

export interface PageLines {
  readonly index: number;
  readonly label: string | null;
  readonly height: number;
  readonly lines: readonly LayoutLine[];
}

export interface PageFurniture {
  /** The printed page number, when it agrees with the page labels or the page count. */
  readonly printedNumber: number | null;
  /** The running header or footer as printed on this page, null when the page has none. */
  readonly runningHeader: string | null;
  /** Every line that is furniture (running text or page number), to leave out of the body. */
  readonly lines: ReadonlySet<LayoutLine>;
}

export interface Furniture {
  /** The running text most pages print, as first printed; null when no text repeats. */
  readonly runningHeader: string | null;
  readonly pages: readonly PageFurniture[];
  readonly warnings: readonly string[];
}

/** Top and bottom share of the page where headers, footers and page numbers live. */
const BAND = 0.12;
/** Share of the pages that must print a line for it to count as running. */
const RUNNING_SHARE = 0.5;
const PAGE_NUMBER = /^\d{1,4}$/;

export function findFurniture(pages: readonly PageLines[]): Furniture {
  const banded = pages.map((page) =>
    page.lines.flatMap((line) => {
      const band = bandOf(line, page.height);
      return band === null ? [] : [{ line, key: `${band}:${repeatKey(line.text)}` }];
    }),
  );
  const pagesPerKey = new Map<string, number>();
  for (const lines of banded) {
    for (const key of new Set(lines.map((entry) => entry.key))) {
      pagesPerKey.set(key, (pagesPerKey.get(key) ?? 0) + 1);
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length * RUNNING_SHARE));
  const running = [...pagesPerKey]
    .filter(([key, count]) => count >= needed && !key.endsWith(':#'))
    .sort((a, b) => b[1] - a[1] || (a[0].startsWith('top') ? -1 : 1));
  const headerKey = running[0]?.[0];

  const { accepted, warnings } = pageNumbers(pages, banded);
  let runningHeader: string | null = null;
  const furniture = pages.map((page, at) => {
    const lines = new Set<LayoutLine>();
    let header: string | null = null;
    for (const { line, key } of banded[at] ?? []) {
      if (running.some(([runningKey]) => runningKey === key)) lines.add(line);
      if (key === headerKey) header = line.text;
    }
    const number = accepted.get(page.index) ?? null;
    if (number) lines.add(number.line);
    runningHeader ??= header;
    return { printedNumber: number?.value ?? null, runningHeader: header, lines };
  });
  return { runningHeader, pages: furniture, warnings };
}

function bandOf(line: LayoutLine, height: number): 'top' | 'bottom' | null {
  if (line.y < height * BAND) return 'top';
  if (line.y > height * (1 - BAND)) return 'bottom';
  return null;
}

/** Running text compared with its digits aside ("Hoofdstuk 2" and "Hoofdstuk 3" repeat). */
function repeatKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * A page number is digits alone in a band, and must agree with the page's label when the PDF has
 * labels, else with page index + the offset most pages agree on: a lone number that does not is
 * content (or a misprint), reported rather than trusted.
 */
function pageNumbers(
  pages: readonly PageLines[],
  banded: readonly { line: LayoutLine; key: string }[][],
) {
  const candidates = pages.flatMap((page, at) =>
    (banded[at] ?? [])
      .filter(({ line }) => PAGE_NUMBER.test(line.text))
      .map(({ line }) => ({ page, line, value: Number(line.text) })),
  );
  const offsets = new Map<number, number>();
  for (const { page, value } of candidates) {
    offsets.set(value - page.index, (offsets.get(value - page.index) ?? 0) + 1);
  }
  const offset = [...offsets].sort((a, b) => b[1] - a[1])[0]?.[0];
  const accepted = new Map<number, { line: LayoutLine; value: number }>();
  const warnings: string[] = [];
  for (const { page, line, value } of candidates) {
    const expected =
      page.label !== null && /^\d+$/.test(page.label)
        ? Number(page.label)
        : page.index + (offset ?? 0);
    if (value === expected && !accepted.has(page.index)) {
      accepted.set(page.index, { line, value });
    } else if (value !== expected) {
      warnings.push(
        `page ${page.index}: "${line.text}" in the ${line.y < page.height / 2 ? 'top' : 'bottom'} band is not the page number (expected ${expected})`,
      );
    }
  }
  return { accepted, warnings };
}
