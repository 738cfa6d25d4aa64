/**
 * The programme catalogue (seed/data/programme.yaml): programme, bridge projects, essays, authors,
 * preface and organisations. `parseCatalogue` validates the file; `catalogueToGraph` turns it into a
 * graph batch. Both are pure.
 */
import { z } from 'zod';
import { searchableText } from '../../src/domain/text-normalisation.js';
import { indexedText } from '../../src/domain/word-forms.js';
import { parseYamlInput } from './yaml-input.js';
import type { GraphBatchBuilder, NodeRef } from './graph-batch.js';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase slug such as ruud-dorenbos');
const text = z.string().trim().min(1);

const catalogueSchema = z.strictObject({
  organisations: z.array(z.strictObject({ slug, name: text })).min(1),
  people: z
    .array(
      z.strictObject({
        slug,
        name: text,
        honorific: text.optional(),
        affiliations: z.array(z.strictObject({ organisation: slug, role: text })).optional(),
      }),
    )
    .min(1),
  programme: z.strictObject({
    slug,
    name: text,
    acronym: text,
    startYear: z.number().int(),
    endYear: z.number().int(),
    endMonth: z.number().int().min(1).max(12).optional(),
    projectCount: z.strictObject({ atLeast: z.number().int().positive(), source: text }),
    source: text,
    coordinator: z.strictObject({ organisation: slug, source: text }),
  }),
  preface: z.strictObject({ slug, title: text, writer: slug, writerRole: text }),
  projects: z
    .array(
      z.strictObject({
        slug,
        title: text,
        kind: z.enum(['BRIDGE', 'RESEARCH']),
        essay: z.strictObject({
          slug,
          title: text,
          subtitle: text.optional(),
          seriesPosition: z.number().int().positive(),
          authors: z.array(slug).min(1),
        }),
      }),
    )
    .min(1),
});

export type Catalogue = z.infer<typeof catalogueSchema>;

export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';
}

/**
 * Parses and validates catalogue YAML.
 * @throws CatalogueError naming `sourceName`, the path of the first bad value, and what was expected;
 *   also for references to people or organisations the file does not define.
 */
export function parseCatalogue(yamlText: string, sourceName: string): Catalogue {
  const catalogue = parseYamlInput(
    yamlText,
    sourceName,
    catalogueSchema,
    (message) => new CatalogueError(message),
  );
  checkReferences(catalogue, sourceName);
  return catalogue;
}

function checkReferences(catalogue: Catalogue, sourceName: string): void {
  const people = new Set(catalogue.people.map((person) => person.slug));
  const organisations = new Set(catalogue.organisations.map((organisation) => organisation.slug));
  const missing = (kind: string, known: Set<string>, referenced: string, where: string) => {
    if (!known.has(referenced)) {
      throw new CatalogueError(
        `${sourceName}: ${where} names ${kind} "${referenced}", which is not defined`,
      );
    }
  };
  missing(
    'organisation',
    organisations,
    catalogue.programme.coordinator.organisation,
    'programme.coordinator',
  );
  missing('person', people, catalogue.preface.writer, 'preface.writer');
  for (const person of catalogue.people) {
    for (const affiliation of person.affiliations ?? []) {
      missing(
        'organisation',
        organisations,
        affiliation.organisation,
        `people.${person.slug}.affiliations`,
      );
    }
  }
  for (const project of catalogue.projects) {
    for (const author of project.essay.authors) {
      missing('person', people, author, `projects.${project.slug}.essay.authors`);
    }
  }
}

export function catalogueToGraph(catalogue: Catalogue, graph: GraphBatchBuilder): void {
  for (const organisation of catalogue.organisations) {
    graph.addNode('Organisation', organisation.slug, { name: organisation.name });
  }
  for (const person of catalogue.people) {
    graph.addNode('Person', person.slug, { name: person.name, honorific: person.honorific });
    for (const affiliation of person.affiliations ?? []) {
      graph.addRelationship(
        'AFFILIATED_WITH',
        { label: 'Person', slug: person.slug },
        { label: 'Organisation', slug: affiliation.organisation },
        {
          role: affiliation.role,
        },
      );
    }
  }
  const { programme, preface } = catalogue;
  graph
    .addNode('Programme', programme.slug, {
      name: programme.name,
      acronym: programme.acronym,
      startYear: programme.startYear,
      endYear: programme.endYear,
      endMonth: programme.endMonth,
      projectCountAtLeast: programme.projectCount.atLeast,
      projectCountSource: programme.projectCount.source,
    })
    .addRelationship(
      'COORDINATED_BY',
      { label: 'Programme', slug: programme.slug },
      { label: 'Organisation', slug: programme.coordinator.organisation },
    )
    .addNode('Preface', preface.slug, { title: preface.title, writerRole: preface.writerRole })
    .addRelationship(
      'WROTE',
      { label: 'Person', slug: preface.writer },
      { label: 'Preface', slug: preface.slug },
    );
  for (const project of catalogue.projects) {
    const { essay } = project;
    graph
      .addNode('Project', project.slug, { title: project.title, kind: project.kind })
      .addRelationship(
        'PART_OF',
        { label: 'Project', slug: project.slug },
        { label: 'Programme', slug: programme.slug },
      )
      .addNode('Essay', essay.slug, {
        title: essay.title,
        subtitle: essay.subtitle,
        seriesPosition: essay.seriesPosition,
      })
      .addRelationship(
        'OUTPUT_OF',
        { label: 'Essay', slug: essay.slug },
        { label: 'Project', slug: project.slug },
      )
      .addRelationship(
        'INTRODUCES',
        { label: 'Preface', slug: preface.slug },
        { label: 'Essay', slug: essay.slug },
      );
    essay.authors.forEach((author, index) =>
      graph.addRelationship(
        'AUTHORED',
        { label: 'Person', slug: author },
        { label: 'Essay', slug: essay.slug },
        { position: index + 1 },
      ),
    );
  }
  addCatalogueSearchText(catalogue, graph);
}

/**
 * What search and typeahead match on the catalogue's nodes (as lexicon.ts does for the lexicon's):
 * a person's name, a document's or project's title, the programme's name and acronym. The
 * organisations are the lexicon's, which labels them.
 */
function addCatalogueSearchText(catalogue: Catalogue, graph: GraphBatchBuilder): void {
  const { programme, preface } = catalogue;
  const named: readonly { ref: NodeRef; names: readonly (string | undefined)[] }[] = [
    ...catalogue.people.map((person) => ({
      ref: { label: 'Person' as const, slug: person.slug },
      names: [person.name],
    })),
    {
      ref: { label: 'Programme', slug: programme.slug },
      names: [programme.name, programme.acronym],
    },
    { ref: { label: 'Preface', slug: preface.slug }, names: [preface.title] },
    ...catalogue.projects.flatMap((project) => [
      { ref: { label: 'Project' as const, slug: project.slug }, names: [project.title] },
      {
        ref: { label: 'Essay' as const, slug: project.essay.slug },
        names: [project.essay.title, project.essay.subtitle],
      },
    ]),
  ];
  for (const { ref, names } of named) {
    graph.addNode(ref.label, ref.slug, {
      labelText: searchableText(...names),
      searchText: indexedText(...names),
    });
  }
}
