/**
 * The programme catalogue (seed/data/programme.yaml): programme, bridge projects, essays, authors,
 * preface and organisations. `parseCatalogue` validates the file; `catalogueToGraph` turns it into a
 * graph batch; `citeCatalogue`, once the preface is read, cites the passage behind each fact. All
 * pure.
 */
import { z } from 'zod';
import { searchableText } from '../../src/domain/text-normalisation.js';
import { indexedText } from '../../src/domain/word-forms.js';
import { parseYamlInput } from './yaml-input.js';
import { normaliseSpace } from './document-structure.js';
import type { PlacedPassage } from './essay-graph.js';
import type { GraphBatchBuilder, NodeRef } from './graph-batch.js';
import { cite } from './quotes.js';

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
        affiliations: z
          .array(z.strictObject({ organisation: slug, role: text, source: text }))
          .optional(),
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
    bridgeProjects: z.strictObject({ source: text }),
    essays: z.strictObject({ source: text }),
  }),
  preface: z.strictObject({ slug, title: text, writer: slug, writerRole: text, source: text }),
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
          source: text,
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

/**
 * Cites the preface passage and page behind each programme fact and each link of the catalogue:
 * the facts on the programme node, every other link on the relationship (see CITED_BY_PASSAGE).
 * @throws CatalogueError when a `source` is not a verbatim quote of exactly one preface passage.
 */
export function citeCatalogue(
  catalogue: Catalogue,
  passages: readonly PlacedPassage[],
  graph: GraphBatchBuilder,
): void {
  const { programme, preface } = catalogue;
  const from = (source: string, where: string) => {
    const citation = cite(passages, preface.slug, normaliseSpace(source));
    if (typeof citation === 'string') throw new CatalogueError(`${where}.source: ${citation}`);
    return citation;
  };
  const programmeRef = { label: 'Programme', slug: programme.slug } as const;
  const coordinated = from(programme.coordinator.source, 'programme.coordinator');
  const facts = [
    from(programme.source, 'programme'),
    from(programme.projectCount.source, 'programme.projectCount'),
    coordinated,
  ];
  graph.addNode('Programme', programme.slug, {
    evidencePassages: facts.map((fact) => fact.passage),
    evidencePages: facts.map((fact) => fact.page),
    evidenceQuotes: facts.map((fact) => fact.quote),
  });
  const organisation = (slug: string) => ({ label: 'Organisation', slug }) as const;
  const person = (slug: string) => ({ label: 'Person', slug }) as const;
  const prefaceRef = { label: 'Preface', slug: preface.slug } as const;
  graph
    .addRelationship(
      'COORDINATED_BY',
      programmeRef,
      organisation(programme.coordinator.organisation),
      coordinated,
    )
    .addRelationship('WROTE', person(preface.writer), prefaceRef, from(preface.source, 'preface'));
  for (const entry of catalogue.people) {
    for (const affiliation of entry.affiliations ?? []) {
      graph.addRelationship(
        'AFFILIATED_WITH',
        person(entry.slug),
        organisation(affiliation.organisation),
        from(affiliation.source, `people.${entry.slug}.affiliations`),
      );
    }
  }
  const bridgeProjects = from(programme.bridgeProjects.source, 'programme.bridgeProjects');
  const essays = from(programme.essays.source, 'programme.essays');
  for (const project of catalogue.projects) {
    const projectRef = { label: 'Project', slug: project.slug } as const;
    const essayRef = { label: 'Essay', slug: project.essay.slug } as const;
    const listed = from(project.essay.source, `projects.${project.slug}.essay`);
    graph
      .addRelationship('PART_OF', projectRef, programmeRef, bridgeProjects)
      .addRelationship('OUTPUT_OF', essayRef, projectRef, essays)
      .addRelationship('INTRODUCES', prefaceRef, essayRef, listed);
    for (const author of project.essay.authors) {
      graph.addRelationship('AUTHORED', person(author), essayRef, listed);
    }
  }
}
