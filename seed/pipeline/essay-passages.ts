/**
 * A read essay's passages as the drafting steps read them: cleaned text and where its pages begin,
 * in reading order. Pure.
 */
import type { ReportPassage } from './lexicon-gaps.js';
import type { DocumentText, EssayText } from './read-essay.js';

/** The passages of one document. */
export function documentPassages(document: DocumentText): ReportPassage[] {
  return document.sections.flatMap((section) =>
    section.passages.map((passage) => ({
      text: passage.text,
      page: passage.pages[0]?.page ?? section.page,
      pageStarts: passage.pages,
    })),
  );
}

/** The passages of every document of an essay. */
export function essayPassages(essay: EssayText): ReportPassage[] {
  return essay.documents.flatMap(documentPassages);
}
