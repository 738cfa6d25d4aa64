import type { EvidenceModel, PassageModel } from './models.js';
import { sentenceAt } from './sentences.js';

/** The page on which the character at `offset` of a passage's text is printed. */
export function pageAt(passage: Pick<PassageModel, 'page' | 'pageStarts'>, offset: number): number {
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
  const { start, end } = sentenceAt(passage.text, offsetOf(passage, surface));
  return { passage, page: pageAt(passage, start), quote: passage.text.slice(start, end) };
}
