/**
 * Curated findings (seed/data/findings.yaml): statements the essays make, each backed by a verbatim
 * quote. `parseFindings` validates the file; `findingsToGraph` anchors each quote in the one passage
 * that contains it, checks the stated page against the page the quote starts on, and links the
 * finding to the entities it is about.
 */
import { z } from 'zod';
import { parseYamlInput } from './yaml-input.js';
import type { NodeLabel } from '../../src/domain/graph-model.js';
import { indexedText } from '../../src/domain/word-forms.js';
import type { GraphBatchBuilder } from './graph-batch.js';
import type { PlacedPassage } from './essay-graph.js';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase slug');
const text = z.string().trim().min(1);
const slugs = z.array(slug).default([]);

const findingSchema = z.strictObject({
  slug,
  document: slug,
  kind: z.enum(['CLAIM', 'RECOMMENDATION', 'DEFINITION', 'STATISTIC']),
  statement: z.strictObject({ nl: text, en: text }),
  quote: z.string().min(1),
  page: z.number().int().positive(),
  about: z
    .strictObject({
      concept: slugs,
      region: slugs,
      organisation: slugs,
      regulation: slugs,
      instrument: slugs,
      theme: slugs,
    })
    .default({
      concept: [],
      region: [],
      organisation: [],
      regulation: [],
      instrument: [],
      theme: [],
    }),
  statistic: z
    .strictObject({
      indicator: text,
      measures: z.strictObject({ nl: text, en: text }),
      value: z.number(),
      unit: text,
      period: z.union([text, z.number().int()]).transform(String),
      qualifier: text.nullable().optional(),
    })
    .optional(),
});

const findingsSchema = z.strictObject({ findings: z.array(findingSchema) });

export type Finding = z.infer<typeof findingSchema>;

export class FindingsError extends Error {
  override readonly name = 'FindingsError';
}

const ABOUT_LABELS: Record<keyof Finding['about'], NodeLabel> = {
  concept: 'Concept',
  region: 'Region',
  organisation: 'Organisation',
  regulation: 'Regulation',
  instrument: 'PolicyInstrument',
  theme: 'Theme',
};

/** @throws FindingsError naming `sourceName` and the first invalid value. */
export function parseFindings(yamlText: string, sourceName: string): Finding[] {
  const file = parseYamlInput(
    yamlText,
    sourceName,
    findingsSchema,
    (message) => new FindingsError(message),
  );
  const seen = new Set<string>();
  for (const finding of file.findings) {
    if (seen.has(finding.slug))
      throw new FindingsError(`${sourceName}: finding ${finding.slug} is defined twice`);
    seen.add(finding.slug);
    if ((finding.kind === 'STATISTIC') !== (finding.statistic !== undefined)) {
      throw new FindingsError(
        `${sourceName}: finding ${finding.slug}: a STATISTIC, and only a STATISTIC, has statistic values`,
      );
    }
  }
  return file.findings;
}

/**
 * @throws FindingsError when a quote is not found verbatim in exactly one passage of its document,
 *   when the stated page is not the page the quote starts on, or when an `about` entity does not exist.
 */
export function findingsToGraph(
  findings: readonly Finding[],
  passages: readonly PlacedPassage[],
  graph: GraphBatchBuilder,
): void {
  for (const finding of findings) {
    const holders = passages.filter(
      (passage) => passage.document === finding.document && passage.text.includes(finding.quote),
    );
    if (holders.length !== 1) {
      throw new FindingsError(
        `finding ${finding.slug}: its quote occurs in ${holders.length} passages of ${finding.document}; it must occur in exactly one`,
      );
    }
    const passage = holders[0] as PlacedPassage;
    const page = passage.pageAt(passage.text.indexOf(finding.quote));
    if (page !== finding.page) {
      throw new FindingsError(
        `finding ${finding.slug}: page ${finding.page} is stated, but the quote starts on page ${page}`,
      );
    }
    graph.addNode('Finding', finding.slug, {
      kind: finding.kind,
      statementNl: finding.statement.nl,
      statementEn: finding.statement.en,
      searchText: indexedText(finding.statement.nl, finding.statement.en, finding.quote),
      indicator: finding.statistic?.indicator,
      measuresNl: finding.statistic?.measures.nl,
      measuresEn: finding.statistic?.measures.en,
      value: finding.statistic?.value,
      unit: finding.statistic?.unit,
      period: finding.statistic?.period,
      qualifier: finding.statistic?.qualifier ?? undefined,
    });
    const from = { label: 'Finding', slug: finding.slug } as const;
    graph.addRelationship(
      'STATED_IN',
      from,
      { label: 'Passage', slug: passage.slug },
      { quote: finding.quote, page },
    );
    for (const [key, label] of Object.entries(ABOUT_LABELS) as [
      keyof Finding['about'],
      NodeLabel,
    ][]) {
      for (const target of finding.about[key]) {
        if (!graph.has({ label, slug: target })) {
          throw new FindingsError(
            `finding ${finding.slug}: about.${key} names "${target}", which the lexicon does not define`,
          );
        }
        graph.addRelationship('ABOUT', from, { label, slug: target });
      }
    }
  }
}
