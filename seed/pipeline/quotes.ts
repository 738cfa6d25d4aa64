/**
 * Anchoring a verbatim quote in the text: the one passage of a document that contains it, and the
 * page the quote starts on. What findings and the programme catalogue cite is found this way.
 */
import type { PlacedPassage } from './essay-graph.js';

export type Citation = {
  readonly passage: string;
  readonly page: number;
  readonly quote: string;
};

/**
 * @returns the citation, or why there is none: the quote is in no passage of `document`, or in
 *   more than one.
 */
export function cite(
  passages: readonly PlacedPassage[],
  document: string,
  quote: string,
): Citation | string {
  const holders = passages.filter(
    (passage) => passage.document === document && passage.text.includes(quote),
  );
  if (holders.length !== 1) {
    return `its quote occurs in ${holders.length} passages of ${document}; it must occur in exactly one`;
  }
  const passage = holders[0] as PlacedPassage;
  return { passage: passage.slug, page: passage.pageAt(passage.text.indexOf(quote)), quote };
}
