/**
 * Reads a PDF's text with the layout signals a text dump loses: page labels, positions, font size,
 * the font's real name and its weight and slant. The only impure step of PDF ingestion: everything
 * after it works on the values returned here.
 */
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

/** One piece of text as the PDF draws it, in points. */
export interface TextRun {
  readonly text: string;
  /** Left edge. */
  readonly x: number;
  /** Baseline, measured downwards from the top of the page (reading order: larger is lower). */
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
  /** The font's own name ("Helvetica-Bold"), not pdf.js's internal id nor a subset tag. */
  readonly fontName: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

export interface PdfPage {
  /** 1-based position in the file. */
  readonly index: number;
  /** The page label the PDF declares (/PageLabels), or null when it declares none. */
  readonly label: string | null;
  readonly width: number;
  readonly height: number;
  readonly runs: readonly TextRun[];
}

// pdf.js renders the 14 standard fonts from these files; without them it warns on every page.
const STANDARD_FONTS = fileURLToPath(
  new URL('standard_fonts/', import.meta.resolve('pdfjs-dist/package.json')),
);

const BOLD_NAME = /bold|black|heavy|semibold|demi/i;
const ITALIC_NAME = /italic|oblique/i;

/** @throws the pdf.js error when the bytes are not a readable PDF. */
export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  // pdf.js takes ownership of (detaches) the buffer it is given; the caller keeps theirs.
  const pdf = await getDocument({
    data: bytes.slice(),
    standardFontDataUrl: STANDARD_FONTS,
  }).promise;
  try {
    const labels = await pdf.getPageLabels();
    const pages: PdfPage[] = [];
    for (let index = 1; index <= pdf.numPages; index++) {
      const page = await pdf.getPage(index);
      // The text content names fonts by internal ids; the operator list loads the font objects
      // behind those ids into commonObjs, where their real names are.
      await page.getOperatorList();
      const content = await page.getTextContent();
      const [left, bottom, right, top] = page.view as [number, number, number, number];
      const runs = content.items.flatMap((item) =>
        'str' in item && item.str.trim() !== ''
          ? [toRun(item, { left, top }, page.commonObjs)]
          : [],
      );
      const label = labels?.[index - 1] ?? null;
      pages.push({ index, label, width: right - left, height: top - bottom, runs });
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

interface FontObject {
  readonly name?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** `origin`: the page's top left corner in PDF space (y upwards), where x and y are measured from. */
function toRun(
  item: TextItem,
  origin: { left: number; top: number },
  fonts: { has(id: string): boolean; get(id: string): unknown },
): TextRun {
  const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
  const font = (fonts.has(item.fontName) ? fonts.get(item.fontName) : {}) as FontObject;
  // An embedded subset is named with a six-letter tag ("ABCDEF+Times-Bold"); the font is the rest.
  const fontName = (font.name ?? item.fontName).replace(/^[A-Z]{6}\+/, '');
  return {
    text: item.str,
    x: e - origin.left,
    y: origin.top - f,
    width: item.width,
    fontSize: Math.hypot(c, d) || Math.hypot(a, b),
    fontName,
    // Standard fonts are not embedded, so pdf.js knows their weight only from the name.
    bold: font.bold === true || BOLD_NAME.test(fontName),
    italic: font.italic === true || ITALIC_NAME.test(fontName),
  };
}
