import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEssayMetadata, type EssayMetadata } from '../../seed/pipeline/essay-metadata.js';
import { compareMetadata, formatComparison } from '../../seed/pipeline/metadata-diff.js';

const reviewed = parseEssayMetadata(
  readFileSync(
    new URL(
      '../../seed/corpus/bouwstenen-voor-de-regionale-arbeidsmarkt.meta.yaml',
      import.meta.url,
    ),
    'utf8',
  ),
  'seed essay metadata',
);

/** The reviewed file as a draft that got some things wrong. */
function draftWith(change: (draft: EssayMetadata) => EssayMetadata): EssayMetadata {
  return change(structuredClone(reviewed));
}

describe('compareMetadata', () => {
  it('finds nothing between a file and itself, and counts every item as agreed', () => {
    const comparison = compareMetadata(reviewed, reviewed);
    expect(comparison.differences).toEqual([]);
    expect(comparison.agreement['headings']).toEqual({ agreed: 7, total: 7 });
    expect(comparison.agreement['table cells']).toEqual({ agreed: 21, total: 21 });
    expect(formatComparison(comparison)).toContain('no differences');
  });

  it('names each heading, note, cell and value the reviewer changed, with both versions', () => {
    const draft = draftWith((metadata) => {
      const [preface, essay] = metadata.documents;
      const table = metadata.tables[0]!;
      const [shortRow, longRow] = table.rows;
      return {
        ...metadata,
        runningHeader: 'Bouwstenen voor de regionale  arbeidsmarkt 9',
        documents: [
          preface!,
          {
            ...essay!,
            headings: [...essay!.headings.slice(0, 5), 'Opgaven voor regionaal bestuur'],
          },
        ],
        footnotes: {
          first: 2,
          last: 48,
          notes: [{ number: 2, page: 7, text: 'Zie Edzes (2013).' }],
        },
        tables: [
          {
            ...table,
            rows: [
              shortRow!,
              {
                ...longRow!,
                cells: { ...longRow!.cells, inclusiviteit: ['Quotumregeling', 'Job carving'] },
              },
            ],
          },
        ],
      };
    });
    const comparison = compareMetadata(draft, reviewed);
    expect(comparison.differences).toEqual([
      {
        at: 'runningHeader',
        draft: 'Bouwstenen voor de regionale arbeidsmarkt 9',
        reviewed: 'Bouwstenen voor de regionale arbeidsmarkt',
      },
      { at: 'documents[1].headings', draft: 'Opgaven voor regionaal bestuur', reviewed: null },
      {
        at: 'documents[1].headings',
        draft: null,
        reviewed:
          'Opgaven voor regionaal bestuur: inclusiviteit, weerbaarheid en institutionele hervorming',
      },
      { at: 'footnotes.notes[2].text', draft: 'Zie Edzes (2013).', reviewed: null },
      { at: 'footnotes.notes[2].page', draft: '7', reviewed: null },
      {
        at: 'tables["Tabel 1 Agendapunten regionaal arbeidsmarktbeleid"].cells',
        draft: null,
        reviewed: 'LONG / inclusiviteit: Cultuurverandering Arbeidsorganisaties',
      },
    ]);
    expect(comparison.agreement['headings']).toEqual({ agreed: 6, total: 8 });
    expect(comparison.agreement['table cells']).toEqual({ agreed: 20, total: 21 });
    expect(formatComparison(comparison)).toContain(
      'documents[1].headings: "Opgaven voor regionaal bestuur" → (none)',
    );
  });
});
