/**
 * The metadata file that tells ingestion how to read one raw essay text: which documents it holds and
 * their headings, the running header, where the body ends, hyphenation exceptions, the footnote range
 * and the layout of flattened tables. Parsing is pure and fails with the file name and the path of
 * the first bad value.
 */
import { z } from 'zod';
import { parseYamlInput } from './yaml-input.js';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase slug');
const text = z.string().trim().min(1);

const tableSchema = z.strictObject({
  caption: text,
  kind: z.literal('instrument-matrix'),
  columns: z.array(z.strictObject({ printed: text, theme: slug })).min(1),
  rows: z
    .array(
      z.strictObject({
        printed: text,
        horizon: z.enum(['SHORT', 'LONG']),
        cells: z.record(slug, z.array(text)),
      }),
    )
    .min(1),
});

const metadataSchema = z.strictObject({
  source: z.string().regex(/^[^/\\]+\.txt$/, 'a .txt file name beside the metadata file'),
  runningHeader: text,
  documents: z
    .array(
      z.strictObject({
        label: z.enum(['Essay', 'Preface']),
        slug,
        /** Only for a document the catalogue does not define (e.g. a test fixture). */
        title: text.optional(),
        headings: z.array(text).min(1),
      }),
    )
    .min(1),
  bodyEndsBefore: text.optional(),
  keepHyphenAfter: z.array(text).default([]),
  footnotes: z
    .strictObject({
      first: z.number().int().min(1),
      last: z.number().int(),
      /** The notes' own texts, where the source prints them (a PDF does; the seed text dump does not). */
      notes: z
        .array(
          z.strictObject({
            number: z.number().int().min(1),
            page: z.number().int().min(1),
            text,
          }),
        )
        .default([]),
    })
    .optional(),
  tables: z.array(tableSchema).default([]),
});

export type EssayMetadata = z.infer<typeof metadataSchema>;
export type TableLayout = z.infer<typeof tableSchema>;
export type DocumentSpec = EssayMetadata['documents'][number];

export class EssayMetadataError extends Error {
  override readonly name = 'EssayMetadataError';
}

/** @throws EssayMetadataError naming `sourceName` and the first invalid value. */
export function parseEssayMetadata(yamlText: string, sourceName: string): EssayMetadata {
  const metadata = parseYamlInput(
    yamlText,
    sourceName,
    metadataSchema,
    (message) => new EssayMetadataError(message),
  );
  for (const table of metadata.tables) {
    const themes = new Set(table.columns.map((column) => column.theme));
    for (const row of table.rows) {
      const unknown = Object.keys(row.cells).find((theme) => !themes.has(theme));
      if (unknown !== undefined) {
        throw new EssayMetadataError(
          `${sourceName}: table "${table.caption}" row "${row.printed}" has cells for "${unknown}", which is not one of its columns`,
        );
      }
    }
  }
  return metadata;
}
