/**
 * A PDF's printed title and authors matched to the essays of the programme catalogue: the match a
 * reviewer can trust, and no guess where the title is only close or the authors disagree.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../seed/pipeline/catalogue.js';
import { matchEssayRecord, type RecordMatch } from '../../seed/pipeline/essay-record.js';

const catalogue = parseCatalogue(
  readFileSync(new URL('../../seed/data/programme.yaml', import.meta.url), 'utf8'),
  'programme.yaml',
);

const matchedSlug = (match: RecordMatch) => (match.status === 'matched' ? match.record.slug : null);

describe('matchEssayRecord', () => {
  it('returns the essay’s record: title, subtitle, authors in order, project and series position', () => {
    const match = matchEssayRecord(catalogue, {
      title: 'Bouwstenen voor de regionale arbeidsmarkt',
    });
    expect(match).toEqual({
      status: 'matched',
      authorsChecked: false,
      record: {
        slug: 'bouwstenen-voor-de-regionale-arbeidsmarkt',
        title: 'Bouwstenen voor de regionale arbeidsmarkt',
        subtitle: null,
        authors: [
          { slug: 'arjen-edzes', name: 'Arjen Edzes' },
          { slug: 'ruud-dorenbos', name: 'Ruud Dorenbos' },
          { slug: 'jouke-van-dijk', name: 'Jouke van Dijk' },
        ],
        project: {
          slug: 'brugproject-regionale-arbeidsmarkt',
          title: 'Brugproject: Bouwstenen voor de regionale arbeidsmarkt',
        },
        seriesPosition: 5,
      },
    });
  });

  it('matches a title across case, accents, punctuation and line breaks', () => {
    for (const title of [
      'BOUWSTENEN VOOR DE REGIONALE ARBEIDSMARKT',
      'Bouwstenen voor de regionale\narbeidsmärkt',
      'Bouwstenen voor de regionale arbeidsmarkt.',
    ]) {
      expect(matchedSlug(matchEssayRecord(catalogue, { title })), title).toBe(
        'bouwstenen-voor-de-regionale-arbeidsmarkt',
      );
    }
    expect(
      matchedSlug(matchEssayRecord(catalogue, { title: 'Arbeidsmarkt en woningmarktdynamiek' })),
    ).toBe('arbeidsmarkt-en-woningmarktdynamiek');
  });

  it('matches a title printed with its subtitle, or with a subtitle the catalogue lacks', () => {
    expect(
      matchedSlug(
        matchEssayRecord(catalogue, {
          title:
            'Thuis in de openbare ruimte? Over vreemden, vrienden en het belang van amicaliteit',
        }),
      ),
    ).toBe('thuis-in-de-openbare-ruimte');
    expect(
      matchedSlug(
        matchEssayRecord(catalogue, {
          title: 'Ondernemerschap en probleemwijken: duiding van een nieuwe stedelijke dynamiek',
        }),
      ),
    ).toBe('ondernemerschap-en-probleemwijken');
    expect(
      matchedSlug(
        matchEssayRecord(catalogue, {
          title: 'Lessen over buurtontwikkeling en buurtverval – een synthese',
        }),
      ),
    ).toBe('lessen-over-buurtontwikkeling-en-buurtverval');
  });

  it('checks the authors when given, by full name or initials, honorifics and accents aside', () => {
    const match = matchEssayRecord(catalogue, {
      title: 'Ondernemerschap en probleemwijken',
      authors: ['prof. dr. G. van den Brink', 'drs. R. Engbersen', 'dr. Ruud Dorenbos'],
    });
    expect(match).toMatchObject({ status: 'matched', authorsChecked: true });
    expect(
      matchEssayRecord(catalogue, {
        title: 'Thuis in de openbare ruimte?',
        authors: ['J.W. Duyvendak'],
      }),
    ).toMatchObject({ status: 'matched', authorsChecked: true });
  });

  it('offers the closest essays with scores for a title that is only close, without choosing', () => {
    const match = matchEssayRecord(catalogue, {
      title: 'Bouwstenen voor een regionale arbeidsmarkt',
    });
    expect(match.status).toBe('near-miss');
    if (match.status !== 'near-miss') return;
    const [closest] = match.candidates;
    expect(closest?.record.slug).toBe('bouwstenen-voor-de-regionale-arbeidsmarkt');
    expect(closest?.titleScore).toBeGreaterThan(0.9);
    expect(closest?.titleScore).toBeLessThan(1);
  });

  it('does not match a title right but authors wrong', () => {
    const match = matchEssayRecord(catalogue, {
      title: 'Bouwstenen voor de regionale arbeidsmarkt',
      authors: ['Frank Hendriks'],
    });
    expect(match.status).toBe('near-miss');
    expect(match.status === 'near-miss' && match.why).toContain('none of its authors');
  });

  it('says so when no essay has a title like it', () => {
    for (const title of ['Wonen en zorg in krimpregio’s', 'Bouwstenen']) {
      expect(matchEssayRecord(catalogue, { title }).status, title).toBe('unmatched');
    }
  });
});
