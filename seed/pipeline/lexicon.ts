/**
 * The shared lexicon (seed/data/lexicon.yaml): themes, concepts, regions, organisations, regulations
 * and the policy instruments of the essays' tables. `parseLexicon` validates the file, its internal
 * references and that each slug and each label names one thing; `lexiconToGraph` adds its nodes,
 * facets and links; `lexiconLabels` lists what passages are matched against. All pure.
 */
import { z } from 'zod';
import { parseYamlInput } from './yaml-input.js';
import { NODE_LABELS, type EntityLabel } from '../../src/domain/graph-model.js';
import { STORED_REGION_KINDS } from '../../src/domain/models.js';
import { searchableText } from '../../src/domain/text-normalisation.js';
import { indexedText } from '../../src/domain/word-forms.js';
import type { GraphBatchBuilder, NodeRef } from './graph-batch.js';
import type { PlacedPassage } from './essay-graph.js';
import { MentionMatcher } from './mentions.js';

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
const regionKind = z.enum(STORED_REGION_KINDS);

/**
 * An entry that is another section's entry too: one thing, one node. `sameAs` names the entry that
 * holds its labels; this one adds its label as a facet of that node (see NODE_LABELS).
 */
const facetOf = <Extra extends z.ZodRawShape>(extra: Extra) =>
  z.strictObject({ sameAs: slug, ...extra });

const concept = z.strictObject({
  slug,
  prefLabel: bilingual,
  altLabels,
  definition: definition.optional(),
  broader: z.array(slug).default([]),
  related: z.array(slug).default([]),
});
const theme = z.strictObject({
  slug,
  label: bilingual,
  altLabels,
  definition: definition.optional(),
});
const region = z.strictObject({
  slug,
  name: text,
  labelEn: text.optional(),
  altLabels,
  kind: regionKind,
  partOf: z.array(slug).default([]),
});
const organisation = z.strictObject({
  slug,
  name: text,
  labelEn: text.optional(),
  altLabels,
  kind: text.optional(),
});
const regulation = z.strictObject({ slug, name: text, labelEn: text.optional(), altLabels });
const instrument = z.strictObject({ cell: text, slug, label: bilingual.optional(), altLabels });

const lexiconSchema = z.strictObject({
  themes: z.array(z.union([theme, facetOf({})])),
  concepts: z.array(concept),
  regions: z.array(
    z.union([region, facetOf({ kind: regionKind, partOf: z.array(slug).default([]) })]),
  ),
  organisations: z.array(z.union([organisation, facetOf({ kind: text.optional() })])),
  regulations: z.array(z.union([regulation, facetOf({})])),
  instruments: z.array(z.union([instrument, facetOf({ cell: text })])),
});

export type Lexicon = z.infer<typeof lexiconSchema>;
type Section = keyof Lexicon;
type Entry = Lexicon[Section][number];
type OwnEntry = Exclude<Entry, { sameAs: string }>;
type Facet = Extract<Entry, { sameAs: string }>;

/** The label each section's entries carry. */
const SECTION_LABEL = {
  themes: 'Theme',
  concepts: 'Concept',
  regions: 'Region',
  organisations: 'Organisation',
  regulations: 'Regulation',
  instruments: 'PolicyInstrument',
} as const satisfies Record<Section, EntityLabel>;

const SECTIONS = Object.keys(SECTION_LABEL) as Section[];

export class LexiconError extends Error {
  override readonly name = 'LexiconError';
}

/**
 * @throws LexiconError naming `sourceName` and the first invalid value, dangling reference, slug
 *   given to two entries, facet that would become its node's type, or label (preferred or
 *   alternative, compared as search compares them) that two entries share.
 */
export function parseLexicon(yamlText: string, sourceName: string): Lexicon {
  const lexicon = parseYamlInput(
    yamlText,
    sourceName,
    lexiconSchema,
    (message) => new LexiconError(message),
  );
  checkLexicon(lexicon, sourceName);
  return lexicon;
}

/**
 * The checks a lexicon passes beyond its schema, for one read from `sourceName`.
 * @throws LexiconError as parseLexicon.
 */
export function checkLexicon(lexicon: Lexicon, sourceName: string): void {
  const fail = (message: string) => {
    throw new LexiconError(`${sourceName}: ${message}`);
  };
  const owners = new Map<string, Section>();
  for (const section of SECTIONS) {
    for (const entry of ownEntries(lexicon, section)) {
      const other = owners.get(entry.slug);
      if (other !== undefined) {
        fail(
          `${entry.slug} is an entry of both ${other} and ${section}; one thing is one entry: make one a \`sameAs\` of the other`,
        );
      }
      owners.set(entry.slug, section);
    }
  }
  for (const section of SECTIONS) {
    for (const facet of facets(lexicon, section)) {
      const owner = owners.get(facet.sameAs);
      if (owner === undefined || owner === section) {
        fail(`${section} entry sameAs "${facet.sameAs}" names no entry of another section`);
      } else if (
        NODE_LABELS.indexOf(SECTION_LABEL[owner]) > NODE_LABELS.indexOf(SECTION_LABEL[section])
      ) {
        fail(
          `${section} entry sameAs "${facet.sameAs}": the ${owner} entry must be the facet, as ${SECTION_LABEL[section]} comes first in NODE_LABELS`,
        );
      }
    }
  }
  const concepts = new Set(lexicon.concepts.map((entry) => entry.slug));
  for (const entry of lexicon.concepts) {
    for (const target of [...entry.broader, ...entry.related]) {
      if (!concepts.has(target)) fail(`concept ${entry.slug} links to unknown concept "${target}"`);
    }
  }
  const regions = new Set(lexicon.regions.map(entrySlug));
  for (const entry of lexicon.regions) {
    for (const parent of entry.partOf) {
      if (!regions.has(parent))
        fail(`region ${entrySlug(entry)} is part of unknown region "${parent}"`);
    }
  }
  const labelled = new Map<string, string>();
  for (const entity of lexiconLabels(lexicon)) {
    for (const label of new Set(entity.labels.map((written) => searchableText(written)))) {
      const owner = labelled.get(label);
      const name = `${entity.ref.label} ${entity.ref.slug}`;
      if (owner !== undefined && owner !== name) {
        fail(
          `the label "${label}" names both ${owner} and ${name}; a label names one thing (a narrower or different one is an entry of its own)`,
        );
      }
      labelled.set(label, name);
    }
  }
}

/** The slug of the node an entry names: its own, or the one its `sameAs` names. */
export function entrySlug(entry: Entry): string {
  return 'sameAs' in entry ? entry.sameAs : entry.slug;
}

function ownEntries<S extends Section>(
  lexicon: Lexicon,
  section: S,
): Exclude<Lexicon[S][number], Facet>[] {
  return (lexicon[section] as readonly Entry[]).filter(
    (entry): entry is Exclude<Lexicon[S][number], Facet> => !('sameAs' in entry),
  );
}

function facets<S extends Section>(
  lexicon: Lexicon,
  section: S,
): Extract<Lexicon[S][number], Facet>[] {
  return (lexicon[section] as readonly Entry[]).filter(
    (entry): entry is Extract<Lexicon[S][number], Facet> => 'sameAs' in entry,
  );
}

export function lexiconToGraph(lexicon: Lexicon, graph: GraphBatchBuilder): void {
  for (const entry of ownEntries(lexicon, 'themes')) {
    graph.addNode('Theme', entry.slug, {
      labelNl: entry.label.nl,
      labelEn: entry.label.en,
      ...alternatives(entry.altLabels),
      ...definitionProperties(entry.definition),
    });
  }
  for (const entry of lexicon.concepts) {
    graph.addNode('Concept', entry.slug, {
      prefLabelNl: entry.prefLabel.nl,
      prefLabelEn: entry.prefLabel.en,
      ...alternatives(entry.altLabels),
      ...definitionProperties(entry.definition),
    });
  }
  for (const entry of ownEntries(lexicon, 'regions')) {
    graph.addNode('Region', entry.slug, { ...named(entry), kind: entry.kind });
  }
  for (const entry of ownEntries(lexicon, 'organisations')) {
    graph.addNode('Organisation', entry.slug, { ...named(entry), kind: entry.kind });
  }
  for (const entry of ownEntries(lexicon, 'regulations')) {
    graph.addNode('Regulation', entry.slug, named(entry));
  }
  for (const entry of ownEntries(lexicon, 'instruments')) {
    graph.addNode('PolicyInstrument', entry.slug, {
      name: entry.label?.nl ?? entry.cell,
      nameEn: entry.label?.en,
      ...alternatives(entry.altLabels),
    });
  }
  const entities = lexiconLabels(lexicon);
  addFacets(lexicon, entities, graph);
  addLexiconLinks(lexicon, entities, graph);
  addSearchText(lexicon, entities, graph);
}

/** Each `sameAs` entry: its label on the node of the entry it names, with that label's names. */
function addFacets(
  lexicon: Lexicon,
  entities: readonly LabelledEntity[],
  graph: GraphBatchBuilder,
): void {
  const names = new Map(entities.map((entity) => [entity.ref.slug, entity]));
  for (const section of SECTIONS) {
    for (const facet of facets(lexicon, section)) {
      const node = names.get(facet.sameAs) as LabelledEntity;
      const label = SECTION_LABEL[section];
      const [nl, en] = [node.name.nl, node.name.en];
      graph.addFacet(node.ref, label).addNode(label, facet.sameAs, {
        ...(label === 'Theme' ? { labelNl: nl, labelEn: en } : { name: nl, nameEn: en }),
        ...('cell' in facet ? { name: facet.cell } : {}),
        ...('kind' in facet ? { kind: facet.kind } : {}),
      });
      if ('partOf' in facet) addParts(graph, facet.sameAs, facet.partOf);
    }
  }
}

/**
 * The links the lexicon states: broader and related concepts (a related pair once, however many of
 * its two entries name the other), regions within regions, and the concepts an instrument's name
 * names (Voorkomen VSV names voortijdig schoolverlaten).
 */
function addLexiconLinks(
  lexicon: Lexicon,
  entities: readonly LabelledEntity[],
  graph: GraphBatchBuilder,
): void {
  for (const link of conceptLinks(lexicon)) {
    graph.addRelationship(link.type, conceptRef(link.from), conceptRef(link.to));
  }
  for (const entry of ownEntries(lexicon, 'regions')) addParts(graph, entry.slug, entry.partOf);
  const conceptNames = new MentionMatcher(
    entities.filter((entity) => entity.ref.label === 'Concept'),
  );
  for (const entity of entities) {
    if (entity.ref.label !== 'PolicyInstrument') continue;
    for (const label of entity.labels) {
      for (const named of conceptNames.find(label)) {
        if (named.entity.slug !== entity.ref.slug) {
          graph.addRelationship('CONCERNS', entity.ref, named.entity);
        }
      }
    }
  }
}

/** At most this many passages are cited for a link between two concepts. */
const CO_MENTIONS_CITED = 3;

/**
 * A broader or related link comes from the lexicon, not the text; where passages mention both of
 * its concepts, it cites the first few (`coMentionPassages`, with the form in which each names the
 * link's target) so a reader can check the link against the text.
 */
export function citeLexiconLinks(
  lexicon: Lexicon,
  passages: readonly PlacedPassage[],
  matcher: MentionMatcher,
  graph: GraphBatchBuilder,
): void {
  const mentionsIn = passages.map((passage) => ({
    slug: passage.slug,
    surfaces: new Map(
      matcher.find(passage.text).map((mention) => [mention.entity.slug, mention.surfaces[0]]),
    ),
  }));
  for (const { type, from, to } of conceptLinks(lexicon)) {
    const both = mentionsIn.filter(
      (passage) => passage.surfaces.has(from) && passage.surfaces.has(to),
    );
    graph.addRelationship(type, conceptRef(from), conceptRef(to), {
      coMentionCount: both.length,
      coMentionPassages: both.slice(0, CO_MENTIONS_CITED).map((passage) => passage.slug),
      coMentionSurfaces: both
        .slice(0, CO_MENTIONS_CITED)
        .map((passage) => passage.surfaces.get(to) as string),
    });
  }
}

const conceptRef = (slug: string): NodeRef => ({ label: 'Concept', slug });

/** The broader and related links the lexicon states, a related pair once (in slug order). */
function conceptLinks(
  lexicon: Lexicon,
): { type: 'BROADER' | 'RELATED'; from: string; to: string }[] {
  return lexicon.concepts.flatMap((entry) => [
    ...entry.broader.map((broader) => ({
      type: 'BROADER' as const,
      from: entry.slug,
      to: broader,
    })),
    ...entry.related.map((related) => {
      const [from, to] = [entry.slug, related].sort() as [string, string];
      return { type: 'RELATED' as const, from, to };
    }),
  ]);
}

function addParts(graph: GraphBatchBuilder, region: string, parents: readonly string[]): void {
  for (const parent of parents) {
    graph.addRelationship(
      'PART_OF',
      { label: 'Region', slug: region },
      { label: 'Region', slug: parent },
    );
  }
}

/**
 * What search and typeahead match: `labelText` holds every label (Dutch and English, so "related
 * variety" finds gerelateerde variëteit), `searchText` the labels and the definition.
 */
function addSearchText(
  lexicon: Lexicon,
  entities: readonly LabelledEntity[],
  graph: GraphBatchBuilder,
): void {
  const definitions = new Map(
    [...lexicon.concepts, ...ownEntries(lexicon, 'themes')].map((entry) => [
      entry.slug,
      entry.definition,
    ]),
  );
  for (const entity of entities) {
    const definition = definitions.get(entity.ref.slug);
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
  return { name: entry.name, nameEn: entry.labelEn, ...alternatives(entry.altLabels) };
}

function alternatives(altLabels: { nl: string[]; en: string[] }) {
  return { altLabelsNl: altLabels.nl, altLabelsEn: altLabels.en };
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
  /** Its display name in Dutch and (where there is one) English. */
  readonly name: { readonly nl: string; readonly en: string | undefined };
  /** Every label it may be mentioned by: names, preferred and alternative labels. */
  readonly labels: readonly string[];
}

/** Every entry that names a node of its own, with the labels under which it may be mentioned. */
export function lexiconLabels(lexicon: Lexicon): LabelledEntity[] {
  const entity = (
    label: EntityLabel,
    slug: string,
    nl: string,
    en: string | undefined,
    alt: { nl: string[]; en: string[] },
    more: readonly string[] = [],
  ): LabelledEntity => ({
    ref: { label, slug },
    name: { nl, en },
    labels: [nl, ...(en === undefined ? [] : [en]), ...more, ...alt.nl, ...alt.en],
  });
  const named = (label: EntityLabel) => (entry: OwnNamed) =>
    entity(label, entry.slug, entry.name, entry.labelEn, entry.altLabels);
  return [
    ...ownEntries(lexicon, 'themes').map((entry) =>
      entity('Theme', entry.slug, entry.label.nl, entry.label.en, entry.altLabels),
    ),
    ...lexicon.concepts.map((entry) =>
      entity('Concept', entry.slug, entry.prefLabel.nl, entry.prefLabel.en, entry.altLabels),
    ),
    ...ownEntries(lexicon, 'regions').map(named('Region')),
    ...ownEntries(lexicon, 'organisations').map(named('Organisation')),
    ...ownEntries(lexicon, 'regulations').map(named('Regulation')),
    ...ownEntries(lexicon, 'instruments').map((entry) =>
      entity(
        'PolicyInstrument',
        entry.slug,
        entry.label?.nl ?? entry.cell,
        entry.label?.en,
        entry.altLabels,
        [entry.cell],
      ),
    ),
  ];
}

type OwnNamed = Extract<OwnEntry, { name: string }>;
