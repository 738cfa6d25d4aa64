/**
 * Draft findings for a reviewer: sentences split where Dutch ends them, figures read as printed,
 * and every drafted quote verbatim from its passage and placed on the page it starts on, as the
 * seed will check once the draft is reviewed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cuesIn, figuresIn } from '../../seed/pipeline/finding-cues.js';
import { draftFindings, findingDraftsYaml } from '../../seed/pipeline/finding-drafts.js';
import { parseFindings } from '../../seed/pipeline/findings.js';
import { lexiconLabels, parseLexicon } from '../../seed/pipeline/lexicon.js';
import { MentionMatcher } from '../../seed/pipeline/mentions.js';
import { cite } from '../../seed/pipeline/quotes.js';
import type { EssayText } from '../../seed/pipeline/read-essay.js';
import { parseFindingDrafts } from '../../seed/pipeline/reviewed-findings.js';
import { splitSentences } from '../../src/domain/sentences.js';
import { pageAt } from '../../src/domain/passage-pages.js';
import { readSeedEssay } from '../support/seed-corpus.js';

const SEED_DATA = new URL('../../seed/data/', import.meta.url);
const lexicon = parseLexicon(readFileSync(new URL('lexicon.yaml', SEED_DATA), 'utf8'), 'lexicon');
const matcher = new MentionMatcher(lexiconLabels(lexicon));
const sentencesOf = (text: string) =>
  splitSentences(text).map((span) => text.slice(span.start, span.end));

/** The passages of an essay as findings anchor quotes in them. */
function placed(essay: EssayText) {
  return essay.documents.flatMap((document) =>
    document.sections.flatMap((section) =>
      section.passages.map((passage, index) => ({
        slug: `${document.slug}--${section.heading}--${index}`,
        document: document.slug,
        text: passage.text,
        pageAt: (offset: number) =>
          pageAt(
            { page: passage.pages[0]?.page ?? section.page, pageStarts: passage.pages },
            offset,
          ),
      })),
    ),
  );
}

describe('splitSentences', () => {
  it('ends a sentence at a full stop, question or exclamation mark before a capital', () => {
    expect(sentencesOf('De regio groeit. Werkt dat? Ja! “Zeker.” Dan verder')).toEqual([
      'De regio groeit.',
      'Werkt dat?',
      'Ja!',
      '“Zeker.”',
      'Dan verder',
    ]);
  });

  it('does not end one after an abbreviation, a title or an initial', () => {
    for (const text of [
      'Gemeenten werken o.a. Samen met scholen.',
      'Denk bijv. Aan stages en loonsubsidies.',
      'Het gaat om ca. 20 procent van de banen.',
      'Volgens dr. Edzes en prof. Van Dijk groeit de regio.',
      'Volgens A. Edzes groeit de regio.',
      'Dat is m.a.w. Een opgave, d.w.z. Een taak.',
    ]) {
      expect(sentencesOf(text), text).toEqual([text]);
    }
  });

  it('does not end one inside a number', () => {
    const text = 'De werkloosheid steeg tot 3,5 procent. Er verdwenen 1.200 banen. 2014 was zwaar.';
    expect(sentencesOf(text)).toEqual([
      'De werkloosheid steeg tot 3,5 procent.',
      'Er verdwenen 1.200 banen.',
      '2014 was zwaar.',
    ]);
  });

  it('gives spans of the text itself, without the spaces between sentences', () => {
    const text = '  Eerste zin.   Tweede zin.  ';
    const spans = splitSentences(text);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([
      'Eerste zin.',
      'Tweede zin.',
    ]);
  });
});

describe('figuresIn', () => {
  it('reads the value, unit and period of a figure as the essay prints it', () => {
    const { figures } = figuresIn(
      'De commissie ging uit van 600.000 personen tot 2015 en 2,6 miljoen banen; de werkloosheid steeg van 3,8 procent in 2008 tot 9% in 2014.',
    );
    expect(figures.map((figure) => [figure.value, figure.unit, figure.period])).toEqual([
      [600000, 'persons', '2015'],
      [2600000, 'jobs', '2015'],
      [3.8, 'percent', '2008'],
      [9, 'percent', '2014'],
    ]);
  });

  it('reads a bound or estimate on the figure it stands before, and a forecast after it', () => {
    const { figures } = figuresIn(
      'Er waren 60.000 banen minder tegenover een verwachte groei van 20.000 banen, bij ruim vijftig projecten en bijna 400.000 uitkeringen.',
    );
    expect(figures.map((figure) => [figure.value, figure.qualifier])).toEqual([
      [60000, null],
      [20000, 'expected'],
      [50, 'at-least'],
      [400000, 'at-most'],
    ]);
  });

  it('takes no year, list number, level or bare number word for a figure', () => {
    for (const sentence of [
      'In 2008 voorspelde menig expert een slag om talent.',
      'Banen op mbo-niveau 2 en 3 verdwijnen.',
      'Steden hebben twee gezichten.',
    ]) {
      expect(figuresIn(sentence).figures, sentence).toEqual([]);
    }
    expect(figuresIn('In 2008 voorspelde menig expert een slag om talent.').year).toBe('2008');
  });
});

describe('cuesIn', () => {
  it('tells a recommendation from a narrated obligation', () => {
    expect(cuesIn('Gemeenten moeten samenwerken.').map((cue) => cue.kind)).toContain(
      'RECOMMENDATION',
    );
    expect(cuesIn('Gemeenten moesten toen bezuinigen.')).toEqual([]);
    expect(cuesIn('Bedrijven die deze vaardigheden nodig hebben.')).toEqual([]);
    expect(cuesIn('Het geld dient als buffer.')).toEqual([]);
    expect(cuesIn('Het geld dient als buffer te worden ingezet.')[0]?.kind).toBe('RECOMMENDATION');
  });

  it('reads a definition as one even where its definiens names a task', () => {
    const [first] = cuesIn(
      'Onder inclusiviteit verstaan we de opgave om outsiders te laten participeren.',
    );
    expect(first).toMatchObject({ kind: 'DEFINITION', words: 'verstaan we' });
  });

  it('finds conclusion cues whole-word only', () => {
    expect(cuesIn('Er is kortom alle reden voor beleid.').map((cue) => cue.words)).toEqual([
      'kortom',
    ]);
    expect(cuesIn('Het dusdanige verschil is klein.')).toEqual([]);
  });
});

describe('draftFindings on the seed essay', () => {
  const essay = readSeedEssay();
  const drafts = draftFindings(essay, matcher);
  const passages = placed(essay);

  it('quotes every candidate verbatim from one passage, on the page the quote starts on', () => {
    expect(drafts.length).toBeGreaterThan(0);
    for (const draft of drafts) {
      const citation = cite(passages, draft.document, draft.quote);
      expect(citation, draft.slug).toMatchObject({ page: draft.page, quote: draft.quote });
    }
  });

  it('drafts each reported figure of the curated findings as a statistic', () => {
    const curated = parseFindings(
      readFileSync(new URL('findings.yaml', SEED_DATA), 'utf8'),
      'findings.yaml',
    );
    const statistics = drafts.filter((draft) => draft.kind === 'STATISTIC');
    for (const finding of curated.filter((entry) => entry.kind === 'STATISTIC')) {
      expect(
        statistics.some(
          (draft) => draft.quote.includes(finding.quote) || finding.quote.includes(draft.quote),
        ),
        finding.slug,
      ).toBe(true);
    }
  });

  it('drafts nothing that a stated finding already quotes, under no slug already taken', () => {
    const curated = parseFindings(
      readFileSync(new URL('findings.yaml', SEED_DATA), 'utf8'),
      'findings.yaml',
    );
    const fresh = draftFindings(essay, matcher, { stated: curated });
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.length).toBeLessThan(drafts.length);
    const curatedSlugs = new Set(curated.map((finding) => finding.slug));
    for (const draft of fresh) {
      expect(curatedSlugs.has(draft.slug), draft.slug).toBe(false);
      const overlapping = curated.filter(
        (finding) =>
          finding.document === draft.document &&
          (finding.quote.includes(draft.quote) || draft.quote.includes(finding.quote)),
      );
      expect(
        overlapping.map((finding) => finding.slug),
        draft.quote,
      ).toEqual([]);
    }
  });

  it('gives every candidate a unique slug, a reason, and the status draft', () => {
    expect(new Set(drafts.map((draft) => draft.slug)).size).toBe(drafts.length);
    for (const draft of drafts) {
      expect(draft.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(draft.reason.length).toBeGreaterThan(0);
      expect(draft.status).toBe('draft');
    }
  });

  it('names the lexicon entries a quote mentions as what it is about', () => {
    const draft = drafts.find((candidate) =>
      candidate.quote.includes('investeren in weerbaarheid'),
    );
    expect(draft?.kind).toBe('RECOMMENDATION');
    expect(draft?.about.concept).toContain('weerbaarheid');
  });
});

describe('the draft findings file', () => {
  const essay = readSeedEssay();
  const drafts = draftFindings(essay, matcher);
  const yamlText = findingDraftsYaml(drafts, 'Bouwstenen voor de regionale arbeidsmarkt');

  it('tells the reviewer what to do, and holds only drafts until one is marked reviewed', () => {
    expect(yamlText).toMatch(/^# Draft findings of “Bouwstenen/u);
    expect(yamlText).toContain('set `status: reviewed`');
    expect(parseFindingDrafts(yamlText, 'drafts.yaml')).toEqual({
      findings: [],
      drafts: drafts.length,
    });
  });

  it('refuses an entry marked reviewed whose statement is still empty', () => {
    const edited = yamlText.replace(/status: draft/u, 'status: reviewed');
    expect(() => parseFindingDrafts(edited, 'drafts.yaml')).toThrow(
      /drafts\.yaml: findings\.0\.statement\.nl/u,
    );
  });
});
