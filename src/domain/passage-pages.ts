import type { EvidenceModel, PassageModel } from './models.js';

/** The page on which the character at `offset` of a passage's text is printed. */
export function pageAt(passage: PassageModel, offset: number): number {
  let page = passage.page;
  for (const start of passage.pageStarts) if (start.offset <= offset) page = start.page;
  return page;
}

/**
 * Where `surface` first occurs in the passage's text.
 * @throws Error when the text does not contain it: a mention the graph stores with a form its
 *   passage lacks is a broken link, not something to quote around or to place on page 0.
 */
function offsetOf(passage: PassageModel, surface: string): number {
  const at = surface === '' ? -1 : passage.text.indexOf(surface);
  if (at < 0) {
    throw new Error(
      `Passage ${passage.slug} does not contain the mentioned form ${JSON.stringify(surface)}`,
    );
  }
  return at;
}

/** The page on which `surface` first occurs in the passage. @throws Error as offsetOf. */
export function pageOfSurface(passage: PassageModel, surface: string): number {
  return pageAt(passage, offsetOf(passage, surface));
}

/**
 * The sentence of `passage` in which `surface` first occurs: a verbatim quote with its page.
 * @throws Error as offsetOf.
 */
export function sentenceEvidence(passage: PassageModel, surface: string): EvidenceModel {
  const at = offsetOf(passage, surface);
  const before = passage.text.slice(0, at);
  const start = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('? '),
    before.lastIndexOf('! '),
    before.lastIndexOf('; '),
  );
  const sentenceStart = start < 0 ? 0 : start + 2;
  const after = /[.?!;](\s|$)/u.exec(passage.text.slice(at + surface.length));
  const end = after === null ? passage.text.length : at + surface.length + after.index + 1;
  return {
    passage,
    page: pageAt(passage, sentenceStart),
    quote: passage.text.slice(sentenceStart, end),
  };
}
