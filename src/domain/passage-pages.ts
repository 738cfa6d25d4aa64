import type { PassageModel } from './models.js';

/** The page on which the character at `offset` of a passage's text is printed. */
export function pageAt(passage: PassageModel, offset: number): number {
  let page = passage.page;
  for (const start of passage.pageStarts) if (start.offset <= offset) page = start.page;
  return page;
}
