/**
 * Turns a PDF's layout into the two inputs the text pipeline already reads: the raw text, written
 * in the seed corpus's conventions (seed/corpus/README.md), and a draft `<slug>.meta.yaml` for a
 * reviewer (metadata-draft.ts). Pure.
 *
 * Raw text conventions (see page-layout.ts and paragraphs.ts): a page opens with its printed number
 * and the running header on lines of their own, or else with a line starting with a space; lines are
 * separated by blank lines; a running line ends in one space, a paragraph's last line in none; a
 * paragraph starts with a tab; a list item starts with its marker and a tab; footnote markers are
 * glued to the word before them; a table is flattened to caption, column headings on one line, then
 * per row its label and its cells column by column.
 */
import type { EssayLayout, LayoutBlock, PageLayout } from './layout-analysis.js';
import { draftMetadata, type DraftOptions } from './metadata-draft.js';

export interface EssayDraft {
  readonly text: string;
  readonly metadataYaml: string;
}

/** Markers the pipeline reads (paragraphs.ts LIST_MARKER): digits, an en dash, a bullet. */
const PIPELINE_MARKER: Record<string, string> = {
  '•': '•',
  '▪': '•',
  '●': '•',
  '◦': '•',
  '‣': '•',
  '–': '–',
  '-': '–',
};

export function draftEssay(layout: EssayLayout, options: DraftOptions): EssayDraft {
  const review: string[] = [...layout.warnings];
  const numbering = pageNumbering(layout, review);
  const firstHeading = firstHeadingAt(layout);
  const lines: string[] = [];
  const skipped: string[] = [];
  layout.pages.forEach((page, at) => {
    const pageLines = page.blocks.flatMap((block, index) => {
      const beforeBody =
        at < firstHeading.page || (at === firstHeading.page && index < firstHeading.block);
      if (block.kind === 'title') return [];
      if (beforeBody) {
        skipped.push(...blockText(block));
        return [];
      }
      const continues =
        index === page.blocks.length - 1 && continuesOnNextPage(layout.pages[at + 1]);
      return rawLines(block, continues, review, numbering.pageOf(at));
    });
    if (numbering.opensWithNumber(at)) {
      lines.push(String(page.printedNumber), layout.runningHeader as string, ...pageLines);
    } else if (pageLines.length > 0) {
      lines.push(` ${pageLines[0] as string}`, ...pageLines.slice(1));
    } else if (at >= firstHeading.page) {
      review.push(
        `page ${numbering.pageOf(at)} has no body text and no page number, so no line opens it in the text: the pipeline will not count it`,
      );
    }
  });
  if (skipped.length > 0) {
    review.push(
      `left out of the text, before the first heading: ${skipped.map((line) => JSON.stringify(line)).join(', ')}`,
    );
  }
  return {
    text: `${lines.join('\n\n')}\n`,
    metadataYaml: draftMetadata(layout, options, numbering.pageOf, review),
  };
}

interface Numbering {
  /** The page number the pipeline will give the page at this position. */
  readonly pageOf: (at: number) => number;
  /** Whether the page opens with its printed number and the running header. */
  readonly opensWithNumber: (at: number) => boolean;
}

/**
 * The pipeline numbers pages by index + one offset, learnt from the pages that open with a number
 * and the running header; a page whose number disagrees with the others is opened without it.
 */
function pageNumbering(layout: EssayLayout, review: string[]): Numbering {
  const header = layout.runningHeader;
  const numbered = layout.pages.flatMap((page, at) =>
    page.printedNumber !== null && header !== null && page.runningHeader === header
      ? [{ at, offset: page.printedNumber - at }]
      : [],
  );
  const offset = numbered[0]?.offset ?? 1;
  for (const { at, offset: other } of numbered) {
    if (other !== offset) {
      review.push(
        `page ${at + 1} prints ${at + other}, which disagrees with the other page numbers; it is not used`,
      );
    }
  }
  if (numbered.length === 0) {
    const labels = layout.pages.map((page) => page.label).filter((label) => label !== null);
    review.push(
      `no page prints both a number and the running header, so the pipeline numbers pages from 1${labels.length > 0 ? ` (the PDF labels them ${labels[0]}…${labels.at(-1)})` : ''}`,
    );
  }
  const opens = new Set(numbered.filter((page) => page.offset === offset).map((page) => page.at));
  return { pageOf: (at) => at + offset, opensWithNumber: (at) => opens.has(at) };
}

function firstHeadingAt(layout: EssayLayout): { page: number; block: number } {
  for (const [page, { blocks }] of layout.pages.entries()) {
    const block = blocks.findIndex((candidate) => candidate.kind === 'heading');
    if (block >= 0) return { page, block };
  }
  return { page: 0, block: 0 };
}

function continuesOnNextPage(next: PageLayout | undefined): boolean {
  const first = next?.blocks[0];
  return first !== undefined && 'continued' in first && first.continued;
}

function blockText(block: LayoutBlock): string[] {
  if (block.kind === 'heading' || block.kind === 'title') return [block.text];
  if (block.kind === 'table') return [block.caption];
  return [block.lines.join(' ')];
}

function rawLines(
  block: LayoutBlock,
  continues: boolean,
  review: string[],
  page: number,
): string[] {
  switch (block.kind) {
    case 'title':
      return [];
    case 'heading':
      return [block.text];
    case 'paragraph':
      return running(block.lines, block.continued ? '' : '\t ', continues);
    case 'list-item': {
      if (block.continued) return running(block.lines, '', continues);
      const marker = pipelineMarker(block.marker);
      if (marker === null) {
        review.push(
          `page ${page}: list marker "${block.marker}" is not one the pipeline reads; the item became a paragraph`,
        );
      }
      return running(
        block.lines,
        marker === null ? `\t ${block.marker} ` : `${marker}\t `,
        continues,
      );
    }
    case 'table':
      return [
        block.caption,
        block.columns.join(' '),
        ...block.rows.flatMap((row) => [
          ...(row.label === '' ? [] : [row.label]),
          ...row.cells.flat(),
        ]),
      ];
  }
}

/** Running lines end in one space; a hyphen ends a line as printed; the last line ends bare. */
function running(lines: readonly string[], opening: string, continues: boolean): string[] {
  return lines.map((line, at) => {
    const last = at === lines.length - 1 && !continues;
    const text = at === 0 ? `${opening}${line}` : line;
    return last || line.endsWith('-') ? text : `${text} `;
  });
}

function pipelineMarker(printed: string): string | null {
  const numbered = /^(\d{1,2})[.)]$/.exec(printed);
  return numbered ? (numbered[1] as string) : (PIPELINE_MARKER[printed] ?? null);
}
