/**
 * What search treats as one word beyond what the full-text index's Dutch analyzer does. Lucene's
 * Dutch (Snowball) stemmer makes "banen" find "baan" and "gemeenten" "gemeente", but keeps apart
 * what it reads as other words (measured on the index, see the README's search section):
 * plurals in -s after a vowel ("regio's", "gemeentes"), diminutives ("baantje", "huisjes"),
 * plurals in -zen and -ven ("huizen", "bedrijven"), and a compound written with or without its
 * hyphen ("Randstad-regio's", "Randstadregio's").
 *
 * The same rules run on both sides: `indexedText` stores the extra forms beside each word, and a
 * query asks for each word or its forms (search-query.ts), so a form on either side meets the
 * other. The rules only add forms: a wrong guess ("kaartje" also gives "kaar") costs a rare
 * extra hit, never a lost one.
 */
import { hyphenatedRuns } from './text-normalisation.js';

/** Shorter forms are too likely to be other words ("bu" from "bus"). */
const MIN_FORM_LENGTH = 3;
const VOWEL_THEN_S = /[aeiouy]s$/;

/**
 * The other forms of a normalised word (see text-normalisation.ts) that search also matches:
 * "regios" → "regio", "baantjes" → "baantje", "baan", "huizen" → "huis". Empty for most words.
 */
export function wordForms(word: string): string[] {
  const forms = new Set<string>();
  const add = (form: string) => {
    if (form.length >= MIN_FORM_LENGTH && form !== word) forms.add(form);
  };
  // Plural -s after a vowel (regio's, euro's, gemeentes): the stemmer strips -s only after a consonant.
  if (word.length >= 4 && VOWEL_THEN_S.test(word)) add(word.slice(0, -1));
  // Diminutives, singular and plural: -je, -tje, -pje, -etje (baantje, huisje, boompje, balletje).
  const diminutive = word.endsWith('jes') ? word.slice(0, -1) : word;
  if (diminutive.endsWith('je') && diminutive.length >= 5) {
    add(diminutive);
    add(diminutive.slice(0, -2));
    if (diminutive.endsWith('tje')) add(undoubleFinalVowel(diminutive.slice(0, -3)));
    if (diminutive.endsWith('mpje')) add(diminutive.slice(0, -3));
    if (/([^aeiouy])\1etje$/.test(diminutive)) add(diminutive.slice(0, -5));
  }
  // Plurals whose s or f turns voiced before -en (huis/huizen, bedrijf/bedrijven).
  if (word.length >= 6 && /[zv]en$/.test(word)) {
    add(`${word.slice(0, -3)}${word.at(-3) === 'z' ? 's' : 'f'}`);
  }
  return [...forms];
}

/** "autoo" (of "autootje") → "auto"; any other stem unchanged. */
function undoubleFinalVowel(stem: string): string {
  return /([aeiou])\1$/.test(stem) && stem.length > 3 ? stem.slice(0, -1) : stem;
}

/**
 * What the search index stores for some texts: their normalised words as `searchableText` gives
 * them, each hyphenated run also as one word ("randstad regios randstadregios"), and every word's
 * other forms (`wordForms`).
 */
export function indexedText(...texts: readonly (string | null | undefined)[]): string {
  return texts
    .flatMap((text) =>
      text
        ? hyphenatedRuns(text).flatMap((run) => {
            const written =
              run.parts.length > 1
                ? [...run.parts.map((part) => part.norm), run.joined]
                : [run.joined];
            return written.flatMap((word) => [word, ...wordForms(word)]);
          })
        : [],
    )
    .join(' ');
}
