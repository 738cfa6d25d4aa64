/**
 * Curated findings (seed/data/findings.yaml): statements the essays make, each backed by a verbatim
 * quote. `parseFindings` validates the file; `findingsToGraph` anchors each quote in the one passage
 * that contains it, checks the stated page against the page the quote starts on, and links the
 * finding to the entities it is about. A finding that states an item of a list another finding
 * introduces (`itemOf`) is linked to it and is about everything its introducer is about: the body
 * that drew up a list of obstacles, the theme they concern.
 */
import { z } from 'zod';
import { parseYamlInput } from './yaml-input.js';
import type { NodeLabel } from '../../src/domain/graph-model.js';
import { indexedText } from '../../src/domain/word-forms.js';
import type { GraphBatchBuilder, NodeRef } from './graph-batch.js';
import type { PlacedPassage } from './essay-graph.js';
import { cite } from './quotes.js';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase slug');
const text = z.string().trim().min(1);
const slugs = z.array(slug).default([]);

/** One finding as a reviewed file states it (seed/data/findings.yaml, a reviewed draft). */
export const findingSchema = z.strictObject({
  slug,
  document: slug,
  kind: z.enum(['CLAIM', 'RECOMMENDATION', 'DEFINITION', 'STATISTIC']),
  statement: z.strictObject({ nl: text, en: text }),
  quote: z.string().min(1),
  page: z.number().int().positive(),
  itemOf: slug.optional(),
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

/**
 * @throws FindingsError naming `sourceName` and the first invalid value: a slug defined twice,
 *   statistic values on a finding that is not a STATISTIC (or none on one that is), an `itemOf`
 *   that names no finding of the file or one of another document, or `itemOf` links that form a
 *   cycle.
 */
export function parseFindings(yamlText: string, sourceName: string): Finding[] {
  const file = parseYamlInput(
    yamlText,
    sourceName,
    findingsSchema,
    (message) => new FindingsError(message),
  );
  checkFindings(file.findings, sourceName);
  return file.findings;
}

/**
 * The checks a findings file passes beyond its schema, for findings read from `sourceName`.
 * @throws FindingsError as parseFindings.
 */
export function checkFindings(findings: readonly Finding[], sourceName: string): void {
  const seen = new Set<string>();
  for (const finding of findings) {
    if (seen.has(finding.slug))
      throw new FindingsError(`${sourceName}: finding ${finding.slug} is defined twice`);
    seen.add(finding.slug);
    if ((finding.kind === 'STATISTIC') !== (finding.statistic !== undefined)) {
      throw new FindingsError(
        `${sourceName}: finding ${finding.slug}: a STATISTIC, and only a STATISTIC, has statistic values`,
      );
    }
  }
  checkLists(findings, sourceName);
}

/** Every `itemOf` names a finding of the same document, and following them never comes back. */
function checkLists(findings: readonly Finding[], sourceName: string): void {
  const bySlug = new Map(findings.map((finding) => [finding.slug, finding]));
  for (const finding of findings) {
    if (finding.itemOf === undefined) continue;
    const introducer = bySlug.get(finding.itemOf);
    if (introducer === undefined) {
      throw new FindingsError(
        `${sourceName}: finding ${finding.slug}: itemOf names "${finding.itemOf}", which is not a finding of this file`,
      );
    }
    if (introducer.document !== finding.document) {
      throw new FindingsError(
        `${sourceName}: finding ${finding.slug} (in ${finding.document}) cannot be an item of ${introducer.slug}, which is in ${introducer.document}`,
      );
    }
  }
  for (const finding of findings) {
    const chain = [finding.slug];
    for (let next = finding.itemOf; next !== undefined; next = bySlug.get(next)?.itemOf) {
      if (chain.includes(next)) {
        const cycle = [...chain.slice(chain.indexOf(next)), next];
        throw new FindingsError(
          `${sourceName}: the itemOf links ${cycle.join(' -> ')} form a cycle; a list cannot be an item of itself`,
        );
      }
      chain.push(next);
    }
  }
}

/**
 * Adds each finding with its evidence (STATED_IN) and subjects (ABOUT), the subjects of the findings
 * introducing the lists it is an item of included, and links each item to its introducer (ITEM_OF,
 * `position` 1, 2 … in the order the text states the items). Expects findings from parseFindings.
 * @throws FindingsError when a quote is not found verbatim in exactly one passage of its document,
 *   when the stated page is not the page the quote starts on, or when an `about` entity does not exist.
 */
export function findingsToGraph(
  findings: readonly Finding[],
  passages: readonly PlacedPassage[],
  graph: GraphBatchBuilder,
): void {
  const placed = new Map(findings.map((finding) => [finding.slug, place(finding, passages)]));
  for (const finding of findings) {
    const { passage, page } = placed.get(finding.slug) as Placement;
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
    graph.addRelationship(
      'STATED_IN',
      findingRef(finding.slug),
      { label: 'Passage', slug: passage.slug },
      { quote: finding.quote, page },
    );
  }
  const subjects = subjectsWithInherited(findings, graph);
  for (const finding of findings) {
    for (const subject of subjects(finding.slug)) {
      graph.addRelationship('ABOUT', findingRef(finding.slug), subject);
    }
  }
  for (const items of listItems(findings, placed).values()) {
    items.forEach((item, index) => {
      graph.addRelationship('ITEM_OF', findingRef(item.slug), findingRef(item.itemOf as string), {
        position: index + 1,
      });
    });
  }
}

interface Placement {
  readonly passage: PlacedPassage;
  readonly page: number;
  /** Where the quote stands in the corpus: its passage's index in reading order, then its offset. */
  readonly readingOrder: readonly [number, number];
}

function place(finding: Finding, passages: readonly PlacedPassage[]): Placement {
  const citation = cite(passages, finding.document, finding.quote);
  if (typeof citation === 'string') throw new FindingsError(`finding ${finding.slug}: ${citation}`);
  if (citation.page !== finding.page) {
    throw new FindingsError(
      `finding ${finding.slug}: page ${finding.page} is stated, but the quote starts on page ${citation.page}`,
    );
  }
  const index = passages.findIndex((passage) => passage.slug === citation.passage);
  const passage = passages[index] as PlacedPassage;
  return {
    passage,
    page: citation.page,
    readingOrder: [index, passage.text.indexOf(finding.quote)],
  };
}

function findingRef(slug: string): NodeRef {
  return { label: 'Finding', slug };
}

/**
 * What each finding is about: its own subjects, each checked against the lexicon, and those of the
 * findings that introduce the lists it is an item of (parseFindings has ruled out cycles).
 */
function subjectsWithInherited(
  findings: readonly Finding[],
  graph: GraphBatchBuilder,
): (slug: string) => NodeRef[] {
  const bySlug = new Map(findings.map((finding) => [finding.slug, finding]));
  const resolved = new Map<string, NodeRef[]>();
  const subjectsOf = (slug: string): NodeRef[] => {
    const known = resolved.get(slug);
    if (known !== undefined) return known;
    const finding = bySlug.get(slug) as Finding;
    const own = ownSubjects(finding, graph);
    const inherited = finding.itemOf === undefined ? [] : subjectsOf(finding.itemOf);
    const all = [...own, ...inherited].filter(
      (subject, index, list) =>
        list.findIndex((other) => other.label === subject.label && other.slug === subject.slug) ===
        index,
    );
    resolved.set(slug, all);
    return all;
  };
  return subjectsOf;
}

function ownSubjects(finding: Finding, graph: GraphBatchBuilder): NodeRef[] {
  return (Object.entries(ABOUT_LABELS) as [keyof Finding['about'], NodeLabel][]).flatMap(
    ([key, label]) =>
      finding.about[key].map((target) => {
        if (!graph.has({ label, slug: target })) {
          throw new FindingsError(
            `finding ${finding.slug}: about.${key} names "${target}", which the lexicon does not define`,
          );
        }
        return { label, slug: target };
      }),
  );
}

/** The items of each list, by the slug of the finding that introduces it, in the text's order. */
function listItems(
  findings: readonly Finding[],
  placed: ReadonlyMap<string, Placement>,
): Map<string, Finding[]> {
  const lists = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.itemOf === undefined) continue;
    lists.set(finding.itemOf, [...(lists.get(finding.itemOf) ?? []), finding]);
  }
  const position = (finding: Finding) => (placed.get(finding.slug) as Placement).readingOrder;
  for (const items of lists.values()) {
    items.sort((a, b) => {
      const [passageA, offsetA] = position(a);
      const [passageB, offsetB] = position(b);
      return passageA - passageB || offsetA - offsetB;
    });
  }
  return lists;
}
