/**
 * Dutch collation of names, as a key the database can order and compare by: what
 * `Intl.Collator('nl', { sensitivity: 'base', ignorePunctuation: true })` compares, for the Latin
 * script the corpus is written in. Case, accents, spaces and punctuation are ignored ('s-Hertogenbosch
 * sorts under h, Éénjarig under e); letters that are one letter in other languages but two in Dutch
 * sorting (ß, æ, œ) are spelled out.
 */
const SPELLED_OUT: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  þ: 'th',
};

export function collationKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđþ]/gu, (letter) => SPELLED_OUT[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]/gu, '');
}
