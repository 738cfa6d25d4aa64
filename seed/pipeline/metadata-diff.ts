/**
 * Where a drafted essay metadata file and a reviewed one disagree (`npm run ingest -- --check`), item
 * by item: what the reviewer changed, and so how far the draft can be trusted. Pure.
 */
import type { EssayMetadata, TableLayout } from './essay-metadata.js';
import { normaliseSpace } from './document-structure.js';

export interface MetadataDifference {
  /** Where in the metadata, e.g. `documents[0].headings` or `footnotes.notes[3].text`. */
  readonly at: string;
  readonly draft: string | null;
  readonly reviewed: string | null;
}

export interface MetadataComparison {
  readonly differences: readonly MetadataDifference[];
  /** Per kind of item, how many the two files hold between them and how many they agree on. */
  readonly agreement: Readonly<Record<string, { readonly agreed: number; readonly total: number }>>;
}

type Agreement = Record<string, { agreed: number; total: number }>;

export function compareMetadata(draft: EssayMetadata, reviewed: EssayMetadata): MetadataComparison {
  const differences: MetadataDifference[] = [];
  const agreement: Agreement = {};
  const tally = (kind: string, agreed: boolean) => {
    const counts = (agreement[kind] ??= { agreed: 0, total: 0 });
    counts.total++;
    if (agreed) counts.agreed++;
  };
  const value = (
    kind: string,
    at: string,
    mine: string | number | undefined,
    theirs: string | number | undefined,
  ) => {
    const [shownDraft, shownReviewed] = [shown(mine), shown(theirs)];
    tally(kind, shownDraft === shownReviewed);
    if (shownDraft !== shownReviewed) {
      differences.push({ at, draft: shownDraft, reviewed: shownReviewed });
    }
  };
  const items = (kind: string, at: string, mine: readonly string[], theirs: readonly string[]) => {
    const [inDraft, inReviewed] = [
      new Set(mine.map(normaliseSpace)),
      new Set(theirs.map(normaliseSpace)),
    ];
    for (const item of new Set([...inDraft, ...inReviewed])) {
      const both = inDraft.has(item) && inReviewed.has(item);
      tally(kind, both);
      if (!both) {
        differences.push({
          at,
          draft: inDraft.has(item) ? item : null,
          reviewed: inReviewed.has(item) ? item : null,
        });
      }
    }
  };

  value('running header', 'runningHeader', draft.runningHeader, reviewed.runningHeader);
  value('body end', 'bodyEndsBefore', draft.bodyEndsBefore, reviewed.bodyEndsBefore);
  items('hyphen exceptions', 'keepHyphenAfter', draft.keepHyphenAfter, reviewed.keepHyphenAfter);
  const documents = Math.max(draft.documents.length, reviewed.documents.length);
  for (let index = 0; index < documents; index++) {
    const [mine, theirs] = [draft.documents[index], reviewed.documents[index]];
    const at = `documents[${index}]`;
    value('documents', `${at}.slug`, mine?.slug, theirs?.slug);
    value('documents', `${at}.label`, mine?.label, theirs?.label);
    value('documents', `${at}.title`, mine?.title, theirs?.title);
    items('headings', `${at}.headings`, mine?.headings ?? [], theirs?.headings ?? []);
  }
  value('footnote range', 'footnotes.first', draft.footnotes?.first, reviewed.footnotes?.first);
  value('footnote range', 'footnotes.last', draft.footnotes?.last, reviewed.footnotes?.last);
  const notes = (metadata: EssayMetadata) =>
    new Map((metadata.footnotes?.notes ?? []).map((note) => [note.number, note]));
  const [draftNotes, reviewedNotes] = [notes(draft), notes(reviewed)];
  for (const number of [...new Set([...draftNotes.keys(), ...reviewedNotes.keys()])].sort(
    (x, y) => x - y,
  )) {
    const [mine, theirs] = [draftNotes.get(number), reviewedNotes.get(number)];
    value('footnote texts', `footnotes.notes[${number}].text`, mine?.text, theirs?.text);
    value('footnote pages', `footnotes.notes[${number}].page`, mine?.page, theirs?.page);
  }
  compareTables(draft.tables, reviewed.tables, value, items);
  return { differences, agreement };
}

function compareTables(
  draft: readonly TableLayout[],
  reviewed: readonly TableLayout[],
  value: (
    kind: string,
    at: string,
    mine: string | number | undefined,
    theirs: string | number | undefined,
  ) => void,
  items: (kind: string, at: string, mine: readonly string[], theirs: readonly string[]) => void,
): void {
  const captions = [
    ...new Set([...draft, ...reviewed].map((table) => normaliseSpace(table.caption))),
  ];
  for (const caption of captions) {
    const [mine, theirs] = [draft, reviewed].map((tables) =>
      tables.find((table) => normaliseSpace(table.caption) === caption),
    );
    const at = `tables["${caption}"]`;
    value('tables', at, mine?.caption, theirs?.caption);
    items(
      'table columns',
      `${at}.columns`,
      (mine?.columns ?? []).map((column) => `${column.printed} (${column.theme})`),
      (theirs?.columns ?? []).map((column) => `${column.printed} (${column.theme})`),
    );
    items(
      'table rows',
      `${at}.rows`,
      (mine?.rows ?? []).map((row) => `${row.printed} (${row.horizon})`),
      (theirs?.rows ?? []).map((row) => `${row.printed} (${row.horizon})`),
    );
    const cells = (table: TableLayout | undefined) =>
      (table?.rows ?? []).flatMap((row) =>
        Object.entries(row.cells).flatMap(([theme, texts]) =>
          texts.map((text) => `${row.horizon} / ${theme}: ${text}`),
        ),
      );
    items('table cells', `${at}.cells`, cells(mine), cells(theirs));
  }
}

function shown(value: string | number | undefined): string | null {
  if (value === undefined) return null;
  return typeof value === 'string' ? normaliseSpace(value) : String(value);
}

/** The comparison as the CLI prints it: agreement per kind, then each difference. */
export function formatComparison(comparison: MetadataComparison): string {
  const lines = Object.entries(comparison.agreement).map(
    ([kind, { agreed, total }]) => `${kind}: ${agreed} of ${total} agree`,
  );
  if (comparison.differences.length === 0) return `${lines.join('\n')}\nno differences\n`;
  lines.push('', 'differences (draft → reviewed):');
  for (const { at, draft, reviewed } of comparison.differences) {
    lines.push(
      `  ${at}: ${draft === null ? '(none)' : `"${draft}"`} → ${reviewed === null ? '(none)' : `"${reviewed}"`}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
