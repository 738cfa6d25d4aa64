import { describe, expect, it } from 'vitest';
import {
  anchorQuote,
  hasLabel,
  requireSameFinding,
  type FindingDraft,
  type StoredFinding,
} from '../../src/domain/curation.js';
import { BadUserInputError, ConflictError } from '../../src/domain/errors.js';
import type { PassageModel } from '../../src/domain/models.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { conceptLabelDraft, findingDraft } from '../../src/graphql/curation-input.js';

const passage: PassageModel = {
  label: 'Passage',
  slug: 'essay--p001',
  text: 'Eerste zin op pagina drie. Tweede zin op pagina vier.',
  ordinal: 1,
  kind: 'PARAGRAPH',
  marker: null,
  page: 3,
  pageEnd: 4,
  pageStarts: [
    { offset: 0, page: 3 },
    { offset: 27, page: 4 },
  ],
  footnotes: [],
  document: 'essay',
  readingKey: 'essay:00001',
};

describe('anchorQuote', () => {
  it('gives the page the quote starts on, and accepts that page when it is given', () => {
    expect(anchorQuote(passage, 'Eerste zin', null)).toBe(3);
    expect(anchorQuote(passage, 'Tweede zin', null)).toBe(4);
    expect(anchorQuote(passage, 'drie. Tweede', 3)).toBe(3);
  });

  it('refuses a quote that is not verbatim in the passage, and a page that is not the quote’s', () => {
    expect(() => anchorQuote(passage, 'eerste zin', null)).toThrow(BadUserInputError);
    expect(() => anchorQuote(passage, 'Eerste  zin', null)).toThrow(/verbatim substring/);
    expect(() => anchorQuote(passage, 'Tweede zin', 3)).toThrow(
      'The quote starts on page 4 of passage "essay--p001", but page 3 was given',
    );
  });
});

const draft: FindingDraft = {
  slug: 'f',
  kind: 'CLAIM',
  statementNl: 'nl',
  statementEn: 'en',
  passage: 'essay--p001',
  quote: 'Eerste zin',
  page: null,
  about: [
    { label: 'Concept', slug: 'a' },
    { label: 'Theme', slug: 'b' },
  ],
};

const stored: StoredFinding = {
  finding: {
    label: 'Finding',
    slug: 'f',
    kind: 'CLAIM',
    statementNl: 'nl',
    statementEn: 'en',
    statistic: null,
  },
  passage: 'essay--p001',
  quote: 'Eerste zin',
  about: [
    { label: 'Theme', slug: 'b' },
    { label: 'Concept', slug: 'a' },
  ],
  created: null,
};

describe('requireSameFinding', () => {
  it('accepts the stored finding again, whatever the order of its subjects or the page given', () => {
    expect(() => requireSameFinding(stored, { ...draft, page: 3 })).not.toThrow();
  });

  it('names every field that differs', () => {
    expect(() => requireSameFinding(stored, { ...draft, statementEn: 'other', about: [] })).toThrow(
      new ConflictError(
        'Finding "f" already exists with another statementEn, about; a slug names one finding, so choose another slug (or change links with linkEntity/unlinkEntity)',
      ),
    );
  });
});

describe('hasLabel', () => {
  const labels = { nl: 'baan', en: null, altNl: ['banen'], altEn: ['job'] };
  it('knows preferred and alternative labels per language, exactly', () => {
    expect(hasLabel(labels, 'banen', 'NL')).toBe(true);
    expect(hasLabel(labels, 'baan', 'NL')).toBe(true);
    expect(hasLabel(labels, 'Baan', 'NL')).toBe(false);
    expect(hasLabel(labels, 'baan', 'EN')).toBe(false);
    expect(hasLabel(labels, 'job', 'EN')).toBe(true);
  });
});

describe('findingDraft', () => {
  const input = {
    slug: 'nieuwe-bevinding',
    kind: 'CLAIM' as const,
    statementNl: '  Een bevinding. ',
    statementEn: 'A finding.',
    passage: toGlobalId('Passage', 'essay--p001'),
    quote: 'Eerste zin',
    about: [{ concept: toGlobalId('Concept', 'a') }, { theme: 'b' }, { concept: 'Concept:a' }],
  };

  it('resolves ids, `Type:slug` and slugs to slugs, trims statements and drops repeated subjects', () => {
    expect(findingDraft(input)).toEqual({
      slug: 'nieuwe-bevinding',
      kind: 'CLAIM',
      statementNl: 'Een bevinding.',
      statementEn: 'A finding.',
      passage: 'essay--p001',
      quote: 'Eerste zin',
      page: null,
      about: [
        { label: 'Concept', slug: 'a' },
        { label: 'Theme', slug: 'b' },
      ],
    });
  });

  it.each([
    [{ slug: 'x'.repeat(101) }, /at most 100 characters/],
    [{ slug: 'Nieuwe bevinding' }, /lowercase words/],
    [{ kind: 'STATISTIC' as const }, /got STATISTIC/],
    [{ statementEn: 'x'.repeat(2001) }, /statementEn` must be 1-2000 characters/],
    [{ quote: ' ' }, /quote` must not be blank/],
    [{ page: 0 }, /page` must be a page number/],
    [
      { passage: toGlobalId('Essay', 'essay') },
      /`passage` must name a Passage \(got Essay "essay"\)/,
    ],
    [
      { about: [{ region: toGlobalId('Section', 's') }] },
      /`about.region` must name a Region \(got Section "s"\)/,
    ],
    [{ about: Array.from({ length: 51 }, (_, n) => ({ concept: `c${n}` })) }, /at most 50/],
  ])('refuses %j as bad user input', (change, message) => {
    expect(() => findingDraft({ ...input, ...change })).toThrow(message);
    expect(() => findingDraft({ ...input, ...change })).toThrow(BadUserInputError);
  });
});

describe('conceptLabelDraft', () => {
  const draft = (label: string) =>
    conceptLabelDraft({ concept: 'job-carving', label, lang: 'NL' }).label;

  it('stores one form of a label: NFC, single spaces, trimmed', () => {
    expect(draft(' vari\u0065\u0308teit  op\tmaat ')).toBe('variëteit op maat');
  });

  it('takes the concept by slug, `Type:slug` or global id, and refuses another type', () => {
    for (const concept of [
      'job-carving',
      'Concept:job-carving',
      toGlobalId('Concept', 'job-carving'),
    ]) {
      expect(conceptLabelDraft({ concept, label: 'x', lang: 'EN' }).concept).toBe('job-carving');
    }
    expect(() => conceptLabelDraft({ concept: 'Region:randstad', label: 'x', lang: 'NL' })).toThrow(
      /`concept` must name a Concept \(got Region "randstad"\)/,
    );
  });

  it('refuses blank and overlong labels', () => {
    expect(() => draft(' \n ')).toThrow(BadUserInputError);
    expect(() => draft('x'.repeat(201))).toThrow(/1-200 characters/);
  });
});
