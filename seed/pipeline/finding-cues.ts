/**
 * What makes a sentence a candidate finding: the figures it reports (a number with a unit, a
 * qualified number, a year) and the Dutch cues that mark a definition, a recommendation or a
 * conclusion. Pure: a sentence in, what it holds out. Each cue carries why it is one, for the
 * reviewer's `reason`.
 */

/** A quantity the sentence reports, read as far as the text allows. */
export interface Figure {
  /** As printed: "2,6 miljoen banen", "ruim vijftig projecten", "3,8 procent". */
  readonly printed: string;
  readonly value: number;
  /** In the vocabulary of seed/data/findings.yaml (percent, jobs, persons …); null when unread. */
  readonly unit: string | null;
  /** The year it refers to: the first printed after it (before the next figure), else the last before it. */
  readonly period: string | null;
  /** A bound or estimate right before it, or a forecast word since the figure before it. */
  readonly qualifier: Qualifier | null;
}

export type Qualifier = 'at-least' | 'at-most' | 'approximately' | 'expected' | 'forecast';

export type CueKind = 'CLAIM' | 'RECOMMENDATION' | 'DEFINITION';

interface Cue {
  readonly why: string;
  readonly pattern: RegExp;
}

/** A cue found in a sentence. */
export interface CueMatch {
  readonly kind: CueKind;
  /** The cue's words as the sentence writes them. */
  readonly words: string;
  readonly why: string;
}

/** Letters on neither side: a whole word, accents included (\b knows only ASCII). */
const word = (alternatives: string) => new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'iu');

/** Definition cues: the authors say what a term means. */
const DEFINITION_CUES: readonly Cue[] = [
  {
    why: 'states what a term means (“onder … verstaan we”, “betreft”, “wordt ook wel … genoemd”)',
    pattern: word(
      'verstaan we|verstaan wij|wordt verstaan|betreft|definiëren|gedefinieerd|bedoelen we|wordt ook wel|worden ook wel',
    ),
  },
];

/**
 * Recommendation cues: the authors say what should be done. Tense matters: "moesten" narrates
 * what had to happen, "moet" asks for it.
 */
const RECOMMENDATION_CUES: readonly Cue[] = [
  {
    why: 'the conditional “should”, the usual Dutch form of advice',
    pattern: word('zou(?:den)?(?:\\s+\\S+){0,6}?\\s+moeten'),
  },
  {
    why: 'a present-tense obligation: what has to happen',
    pattern: word('moet|moeten'),
  },
  {
    why: 'a formal obligation (“dient … te”)',
    pattern: word('(?:dient|dienen)(?=(?:\\s+\\S+){0,6}?\\s+te\\s)'),
  },
  {
    why: 'states a need: something is required',
    pattern: word(
      'nodig(?!\\s+(?:hebben|heeft|had|hadden))|noodzakelijk|noodzaak|noodzaakt|vereist|vergt|vergen',
    ),
  },
  {
    why: 'explicit advice or a plea',
    pattern: word(
      'aanbeveling|aanbevelingen|aanbevelen|aanbevolen|adviseren|adviseert|pleit|pleiten|pleidooi',
    ),
  },
  {
    why: 'names a priority: “het is zaak”, “hoort … te”, “wenselijk”',
    pattern: word('het is zaak|is het zaak|wenselijk|hoort(?=(?:\\s+\\S+){0,6}?\\s+te\\s)'),
  },
  {
    why: 'names a task for policy or government',
    pattern: word('opgave|opgaven|kernopdracht|opdracht'),
  },
];

/**
 * Conclusion cues: the authors state what follows, what the evidence shows, or what causes what;
 * a claim the essay argues for rather than a passing remark.
 */
const CLAIM_CUES: readonly Cue[] = [
  {
    why: 'an explicit conclusion or summary marker',
    pattern: word(
      'kortom|concluderen|concludeert|conclusie|samenvattend|al met al|slotsom|vaststelling',
    ),
  },
  {
    why: 'reports evidence: what turns out to be the case',
    pattern: word('blijkt|bleek|blijken|bleken'),
  },
  {
    why: 'an evidence verb: a study or figure shows or establishes something',
    pattern: word(
      'laat zien|laten zien|toont aan|tonen aan|aantonen|wijst erop|wijst op|constateert|constateerde|constateren',
    ),
  },
  {
    why: 'a consequence connective: what follows from the argument',
    pattern: word(
      'daarom|dus|derhalve|zodoende|hieruit volgt|dat betekent|betekent dat|met andere woorden',
    ),
  },
  {
    why: 'a causal claim: what brings something about',
    pattern: word(
      'leidt tot|leiden tot|leidde tot|zorgt voor|zorgen voor|veroorzaakt|veroorzaken|als gevolg van|doordat|daardoor|hierdoor',
    ),
  },
  {
    why: 'a trend claim: something grows or shrinks over time',
    pattern: word('steeds|in toenemende mate|neemt toe|nemen toe|neemt af|nemen af'),
  },
  {
    why: 'a forecast stated as the authors’ or others’ expectation',
    pattern: word('verwachting|verwacht|voorspelde|voorspelt|voorspeld'),
  },
];

/**
 * Every cue with its kind, in the order that decides a sentence's kind: a definition first (it may
 * name a task or a need in its definiens), then a recommendation (a sentence that asks for
 * something and also argues is mainly asking), then a claim.
 */
const CUES: readonly (Cue & { readonly kind: CueKind })[] = [
  ...DEFINITION_CUES.map((cue) => ({ ...cue, kind: 'DEFINITION' as const })),
  ...RECOMMENDATION_CUES.map((cue) => ({ ...cue, kind: 'RECOMMENDATION' as const })),
  ...CLAIM_CUES.map((cue) => ({ ...cue, kind: 'CLAIM' as const })),
];

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
  honderd: 100,
  duizend: 1000,
};
const MULTIPLIERS: Readonly<Record<string, number>> = {
  duizend: 1e3,
  miljoen: 1e6,
  miljard: 1e9,
};
/** Dutch unit words, with the unit findings.yaml records them under. */
const UNITS: Readonly<Record<string, string>> = {
  '%': 'percent',
  procent: 'percent',
  procentpunt: 'percentage-points',
  procentpunten: 'percentage-points',
  euro: 'euro',
  banen: 'jobs',
  arbeidsplaatsen: 'jobs',
  vacatures: 'vacancies',
  personen: 'persons',
  mensen: 'persons',
  werknemers: 'persons',
  werklozen: 'persons',
  werkzoekenden: 'persons',
  inwoners: 'persons',
  jongeren: 'persons',
  arbeidskrachten: 'persons',
  uitkeringen: 'benefits',
  projecten: 'projects',
  bedrijven: 'firms',
  gemeenten: 'municipalities',
};
/**
 * Words that make a number a bound, an estimate or a forecast. "bijna 20.000" is just under it:
 * an upper bound.
 */
const QUALIFIERS: readonly [RegExp, Qualifier][] = [
  [word('ruim|meer dan|ten minste|tenminste|minstens'), 'at-least'],
  [word('bijna|nagenoeg|minder dan|hooguit|maximaal|ten hoogste'), 'at-most'],
  [word("circa|ca\\.|ongeveer|zo’n|zo'n|rond|naar schatting|plusminus"), 'approximately'],
  [word('prognose|raming|voorspeld|voorspelde|voorspelt'), 'forecast'],
  [word('verwacht|verwachte|verwachting'), 'expected'],
];
/** A forecast word qualifies the figures after it; a bound or estimate only the one right after it. */
const FORECASTS: ReadonlySet<Qualifier> = new Set(['forecast', 'expected']);
/** How many words before a number a bound or estimate qualifies it: "ruim vijftig", "bijna 9". */
const QUALIFIER_REACH = 3;

// Longest first, so that "vijftig" is not read as "vijf".
const NUMBER = `\\d+(?:[.,]\\d+)*|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')}`;
const UNIT = Object.keys(UNITS)
  .filter((unit) => unit !== '%')
  .join('|');
/**
 * A number, an optional multiplier, then a unit, which may end a compound: "2,6 miljoen banen",
 * "3,8 procent", "9%", "438.000 WW-uitkeringen".
 */
const QUANTITY = new RegExp(
  `(?<![\\p{L}\\d.,])(?:€\\s?)?(${NUMBER})(?![\\p{L}\\d])(?:\\s+(${Object.keys(MULTIPLIERS).join('|')}))?(?:\\s*(%)|\\s+(?:[\\p{L}]+-)?(${UNIT})(?!\\p{L}))?`,
  'giu',
);
/** A year of the programme's era, standing alone (not "1.200", not "2015-2020" as one number). */
const YEAR = /(?<![\p{L}\d.,])(?:19[5-9]\d|20[0-4]\d)(?![\d.,]\d)/gu;

export interface SentenceFigures {
  readonly figures: readonly Figure[];
  /** The first year the sentence names, as printed. */
  readonly year: string | null;
}

/**
 * The quantities a sentence reports: a number with a unit or a multiplier, or a number (digits or
 * a word) right after a bound or estimate ("ruim vijftig"). Bare numbers (list numbers, years, the
 * "2" of "mbo-niveau 2") are not quantities; bare number words ("twee gezichten") neither.
 */
export function figuresIn(sentence: string): SentenceFigures {
  const found: (Omit<Figure, 'period' | 'qualifier'> & {
    start: number;
    end: number;
    bound: Qualifier | null;
  })[] = [];
  for (const match of sentence.matchAll(QUANTITY)) {
    const [printed, number = '', multiplier, percent, unitWord] = match;
    const wordsBefore = sentence.slice(0, match.index).split(/\s+/u);
    const bound = qualifierOf(wordsBefore.slice(-QUALIFIER_REACH - 1).join(' '));
    const hasUnit = percent !== undefined || unitWord !== undefined || printed.startsWith('€');
    if (!hasUnit && multiplier === undefined && bound === null) continue;
    if (!hasUnit && yearsIn(number).length > 0) continue;
    found.push({
      start: match.index,
      end: match.index + printed.length,
      bound,
      printed: printed.trim(),
      value: numberValue(number) * (multiplier ? (MULTIPLIERS[multiplier.toLowerCase()] ?? 1) : 1),
      unit: printed.startsWith('€')
        ? 'euro'
        : (UNITS[(percent ?? unitWord ?? '').toLowerCase()] ?? null),
    });
  }
  const years = yearsIn(sentence);
  const figures = found.map(({ start, end, bound, ...figure }, index) => {
    const previousEnd = found[index - 1]?.end ?? 0;
    const nextStart = found[index + 1]?.start ?? sentence.length;
    const after = years.find((year) => year.at >= end && year.at < nextStart);
    const before = years.filter((year) => year.at < start).at(-1);
    return {
      ...figure,
      period: (after ?? before)?.year ?? null,
      qualifier: bound ?? forecastIn(sentence.slice(previousEnd, start)),
    };
  });
  return { figures, year: years[0]?.year ?? null };
}

/** The cues a sentence holds, in the order that decides its kind (see CUES). */
export function cuesIn(sentence: string): CueMatch[] {
  return CUES.flatMap(({ kind, why, pattern }) => {
    const match = pattern.exec(sentence);
    return match === null ? [] : [{ kind, words: match[0], why }];
  });
}

function yearsIn(text: string): { year: string; at: number }[] {
  return [...text.matchAll(YEAR)].map((match) => ({ year: match[0], at: match.index }));
}

function qualifierOf(text: string): Qualifier | null {
  return QUALIFIERS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

function forecastIn(sentence: string): Qualifier | null {
  return (
    QUALIFIERS.find(
      ([pattern, qualifier]) => FORECASTS.has(qualifier) && pattern.test(sentence),
    )?.[1] ?? null
  );
}

/** A Dutch-printed number: "." groups thousands, "," is the decimal comma; or a number word. */
function numberValue(printed: string): number {
  const named = NUMBER_WORDS[printed.toLowerCase()];
  if (named !== undefined) return named;
  return Number(printed.replace(/\./gu, '').replace(',', '.'));
}
