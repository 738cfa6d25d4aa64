/**
 * The shared lexicon (seed/data/lexicon.yaml): themes, concepts, regions, organisations, regulations
 * and the policy instruments of the essays' tables. `parseLexicon` validates the file and its
 * internal references; `lexiconToGraph` adds its nodes and links; `lexiconLabels` lists what
 * passages are matched against. All pure.
 */
import { z } from 'zod';
import { parseYamlInput } from './yaml-input.js';
import type { EntityLabel } from '../../src/domain/graph-model.js';
import { searchableText } from '../../src/domain/text-normalisation.js';
import { indexedText } from '../../src/domain/word-forms.js';
import type { GraphBatchBuilder, NodeRef } from './graph-batch.js';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase slug');
const text = z.string().trim().min(1);
const bilingual = z.strictObject({ nl: text, en: text });
/** A plain list means Dutch labels. */
const altLabels = z
  .union([
    z.array(text),
    z.strictObject({ nl: z.array(text).default([]), en: z.array(text).default([]) }),
  ])
  .default([])
  .transform((labels) => (Array.isArray(labels) ? { nl: labels, en: [] } : labels));
const definition = z.strictObject({ nl: text, en: text, source: z.enum(['quote', 'paraphrase']) });

const lexiconSchema = z.strictObject({
  themes: z.array(
    z.strictObject({ slug, label: bilingual, altLabels, definition: definition.optional() }),
  ),
  concepts: z.array(
    z.strictObject({
      slug,
      prefLabel: bilingual,
      altLabels,
      definition: definition.optional(),
      broader: z.array(slug).default([]),
      related: z.array(slug).default([]),
    }),
  ),
  regions: z.array(
    z.strictObject({
      slug,
      name: text,
      labelEn: text.optional(),
      altLabels,
      kind: z.enum(['municipality', 'region', 'province', 'country', 'supranational', 'place']),
      partOf: z.array(slug).default([]),
    }),
  ),
  organisations: z.array(
    z.strictObject({
      slug,
      name: text,
      labelEn: text.optional(),
      altLabels,
      kind: text.optional(),
    }),
  ),
  regulations: z.array(z.strictObject({ slug, name: text, labelEn: text.optional(), altLabels })),
  instruments: z.array(
    z.strictObject({ cell: text, slug, label: bilingual.optional(), altLabels }),
  ),
});

export type Lexicon = z.infer<typeof lexiconSchema>;

export class LexiconError extends Error {
  override readonly name = 'LexiconError';
}

/** @throws LexiconError naming `sourceName` and the first invalid value or dangling reference. */
export function parseLexicon(yamlText: string, sourceName: string): Lexicon {
  const lexicon = parseYamlInput(
    yamlText,
    sourceName,
    lexiconSchema,
    (message) => new LexiconError(message),
  );
  const concepts = new Set(lexicon.concepts.map((concept) => concept.slug));
  const regions = new Set(lexicon.regions.map((region) => region.slug));
  for (const concept of lexicon.concepts) {
    for (const target of [...concept.broader, ...concept.related]) {
      if (!concepts.has(target)) {
        throw new LexiconError(
          `${sourceName}: concept ${concept.slug} links to unknown concept "${target}"`,
        );
      }
    }
  }
  for (const region of lexicon.regions) {
    for (const parent of region.partOf) {
      if (!regions.has(parent)) {
        throw new LexiconError(
          `${sourceName}: region ${region.slug} is part of unknown region "${parent}"`,
        );
      }
    }
  }
  return lexicon;
}

export function lexiconToGraph(lexicon: Lexicon, graph: GraphBatchBuilder): void {
  for (const theme of lexicon.themes) {
    graph.addNode('Theme', theme.slug, {
      labelNl: theme.label.nl,
      labelEn: theme.label.en,
      altLabelsNl: theme.altLabels.nl,
      altLabelsEn: theme.altLabels.en,
      ...definitionProperties(theme.definition),
    });
  }
  for (const concept of lexicon.concepts) {
    graph.addNode('Concept', concept.slug, {
      prefLabelNl: concept.prefLabel.nl,
      prefLabelEn: concept.prefLabel.en,
      altLabelsNl: concept.altLabels.nl,
      altLabelsEn: concept.altLabels.en,
      ...definitionProperties(concept.definition),
    });
  }
  for (const concept of lexicon.concepts) {
    const from = { label: 'Concept', slug: concept.slug } as const;
    for (const broader of concept.broader)
      graph.addRelationship('BROADER', from, { label: 'Concept', slug: broader });
    for (const related of concept.related)
      graph.addRelationship('RELATED', from, { label: 'Concept', slug: related });
  }
  for (const region of lexicon.regions) {
    graph.addNode('Region', region.slug, { ...named(region), kind: region.kind });
  }
  for (const region of lexicon.regions) {
    for (const parent of region.partOf) {
      graph.addRelationship(
        'PART_OF',
        { label: 'Region', slug: region.slug },
        { label: 'Region', slug: parent },
      );
    }
  }
  for (const organisation of lexicon.organisations) {
    graph.addNode('Organisation', organisation.slug, {
      ...named(organisation),
      kind: organisation.kind,
    });
  }
  for (const regulation of lexicon.regulations) {
    graph.addNode('Regulation', regulation.slug, named(regulation));
  }
  for (const instrument of lexicon.instruments) {
    graph.addNode('PolicyInstrument', instrument.slug, {
      name: instrument.label?.nl ?? instrument.cell,
      nameEn: instrument.label?.en,
      altLabelsNl: instrument.altLabels.nl,
      altLabelsEn: instrument.altLabels.en,
    });
  }
  addSearchText(lexicon, graph);
}

/**
 * What search and typeahead match: `labelText` holds every label (Dutch and English, so "related
 * variety" finds gerelateerde variëteit), `searchText` the labels and the definition.
 */
function addSearchText(lexicon: Lexicon, graph: GraphBatchBuilder): void {
  const definitions = new Map(
    [...lexicon.concepts, ...lexicon.themes].map((entry) => [entry.slug, entry.definition]),
  );
  const themes = lexicon.themes.map((theme): { ref: NodeRef; labels: string[] } => ({
    ref: { label: 'Theme', slug: theme.slug },
    labels: [theme.label.nl, theme.label.en, ...theme.altLabels.nl, ...theme.altLabels.en],
  }));
  const searchable: readonly { ref: NodeRef; labels: readonly string[] }[] = [
    ...lexiconLabels(lexicon),
    ...themes,
  ];
  for (const entity of searchable) {
    const definition =
      entity.ref.label === 'Concept' || entity.ref.label === 'Theme'
        ? definitions.get(entity.ref.slug)
        : undefined;
    graph.addNode(entity.ref.label, entity.ref.slug, {
      labelText: searchableText(...entity.labels),
      searchText: indexedText(...entity.labels, definition?.nl, definition?.en),
    });
  }
}

function named(entry: {
  name: string;
  labelEn?: string | undefined;
  altLabels: { nl: string[]; en: string[] };
}) {
  return {
    name: entry.name,
    nameEn: entry.labelEn,
    altLabelsNl: entry.altLabels.nl,
    altLabelsEn: entry.altLabels.en,
  };
}

function definitionProperties(definition: Lexicon['concepts'][number]['definition']) {
  return definition === undefined
    ? {}
    : {
        definitionNl: definition.nl,
        definitionEn: definition.en,
        definitionSource: definition.source,
      };
}

export interface LabelledEntity {
  readonly ref: NodeRef & { readonly label: EntityLabel };
  readonly labels: readonly string[];
}

/** Every label under which each entity may be mentioned: names, preferred and alternative labels. */
export function lexiconLabels(lexicon: Lexicon): LabelledEntity[] {
  const all = (main: readonly string[], alt: { nl: string[]; en: string[] }) => [
    ...main,
    ...alt.nl,
    ...alt.en,
  ];
  return [
    ...lexicon.concepts.map((concept) => ({
      ref: { label: 'Concept' as const, slug: concept.slug },
      labels: all([concept.prefLabel.nl, concept.prefLabel.en], concept.altLabels),
    })),
    ...lexicon.regions.map((region) => ({
      ref: { label: 'Region' as const, slug: region.slug },
      labels: all([region.name, ...(region.labelEn ? [region.labelEn] : [])], region.altLabels),
    })),
    ...lexicon.organisations.map((organisation) => ({
      ref: { label: 'Organisation' as const, slug: organisation.slug },
      labels: all(
        [organisation.name, ...(organisation.labelEn ? [organisation.labelEn] : [])],
        organisation.altLabels,
      ),
    })),
    ...lexicon.regulations.map((regulation) => ({
      ref: { label: 'Regulation' as const, slug: regulation.slug },
      labels: all(
        [regulation.name, ...(regulation.labelEn ? [regulation.labelEn] : [])],
        regulation.altLabels,
      ),
    })),
    ...lexicon.instruments.map((instrument) => ({
      ref: { label: 'PolicyInstrument' as const, slug: instrument.slug },
      labels: all(
        [instrument.cell, ...(instrument.label ? [instrument.label.nl, instrument.label.en] : [])],
        instrument.altLabels,
      ),
    })),
  ];
}
