import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueToGraph, CatalogueError, parseCatalogue } from '../../seed/pipeline/catalogue.js';
import { GraphBatchBuilder } from '../../seed/pipeline/graph-batch.js';
import { readSeedEssay } from '../support/seed-corpus.js';

const CATALOGUE = readFileSync(new URL('../../seed/data/programme.yaml', import.meta.url), 'utf8');

describe('the reviewed programme catalogue', () => {
  const catalogue = parseCatalogue(CATALOGUE, 'programme.yaml');
  const builder = new GraphBatchBuilder();
  catalogueToGraph(catalogue, builder);
  const graph = builder.build();
  const rows = (type: string) =>
    graph.relationships.filter((group) => group.type === type).flatMap((group) => group.rows);

  it('holds the programme, six bridge projects, six essays, fourteen people and the preface', () => {
    const counts = Object.fromEntries(
      [...graph.nodes].map(([label, rows]) => [label, rows.length]),
    );
    expect(counts).toEqual({
      Organisation: 1,
      Person: 14,
      Programme: 1,
      Preface: 1,
      Project: 6,
      Essay: 6,
    });
    expect(rows('AUTHORED')).toHaveLength(14);
    expect(rows('INTRODUCES')).toHaveLength(6);
  });

  it('records author order, with Ruud Dorenbos on two essays', () => {
    const dorenbos = rows('AUTHORED').filter((row) => row.from === 'ruud-dorenbos');
    expect(dorenbos).toEqual([
      {
        from: 'ruud-dorenbos',
        to: 'ondernemerschap-en-probleemwijken',
        properties: { position: 3 },
      },
      {
        from: 'ruud-dorenbos',
        to: 'bouwstenen-voor-de-regionale-arbeidsmarkt',
        properties: { position: 2 },
      },
    ]);
  });

  it('quotes only words the cleaned preface really prints', () => {
    const preface =
      readSeedEssay()
        .documents[0]?.sections.flatMap((section) =>
          section.passages.map((passage) => passage.text),
        )
        .join('\n') ?? '';
    const quotes = [
      catalogue.programme.source,
      catalogue.programme.projectCount.source,
      catalogue.programme.coordinator.source,
      ...catalogue.projects.map((project) => project.essay.title),
      ...catalogue.people.map((person) => person.name),
    ];
    for (const quote of quotes) expect(preface).toContain(quote.replace(/\s+/g, ' '));
  });
});

describe('parseCatalogue', () => {
  it('names the file and the path of the first invalid value', () => {
    const broken = CATALOGUE.replace('startYear: 2006', 'startYear: twenty');
    expect(() => parseCatalogue(broken, 'programme.yaml')).toThrow(
      new CatalogueError(
        'programme.yaml: programme.startYear: Invalid input: expected number, received string',
      ),
    );
  });

  it('rejects an author the file does not define', () => {
    const broken = CATALOGUE.replace(
      'authors: [henri-de-groot]',
      'authors: [henri-de-groot, nobody]',
    );
    expect(() => parseCatalogue(broken, 'programme.yaml')).toThrow(
      'programme.yaml: projects.brugproject-arbeidsmarkt-en-woningmarkt.essay.authors names person "nobody", which is not defined',
    );
  });

  it('rejects text that is not YAML', () => {
    expect(() => parseCatalogue('programme: [unclosed', 'x.yaml')).toThrow(
      /^x\.yaml: not valid YAML/,
    );
  });
});
