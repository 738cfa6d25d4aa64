/**
 * The cost model over the real schema: connections priced at their page, plain lists at the sizes
 * measured in the graph, nested sizes multiplied, and every plain list of objects priced.
 */
import {
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isInterfaceType,
  isObjectType,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import type { NodeLabel, RelationName } from '../../src/domain/graph-model.js';
import { RELATIONS } from '../../src/domain/graph-model.js';
import { operationCost } from '../../src/graphql/cost.js';
import { LIST_SIZES, ListSizes } from '../../src/graphql/list-sizes.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import type { GraphSizeRepository } from '../../src/repositories/graph-size.repository.js';

const schema = buildSchema(loadTypeDefs().join('\n'));

/** Stands in for the database's measurement: the sizes a test says the graph has. */
function measured(sizes: Record<string, number>, calls: string[][] = []): GraphSizeRepository {
  return {
    measure: (relations: readonly RelationName[], labels: readonly NodeLabel[]) => {
      calls.push([...relations, ...labels]);
      return Promise.resolve(new Map(Object.entries(sizes)));
    },
  } as unknown as GraphSizeRepository;
}

async function sizes(graph: Record<string, number>): Promise<ListSizes> {
  const listSizes = new ListSizes(measured(graph));
  await listSizes.refresh();
  return listSizes;
}

const cost = async (query: string, graph: Record<string, number>, variables = {}) =>
  operationCost(schema, parse(query), variables, await sizes(graph));

describe('operationCost', () => {
  it('prices a connection at its page and a plain list at its longest list in the graph', async () => {
    // essays 1 + 10 × (edges 1 + (node 1 + (authors 1 + 3 × (person 1 + name 1))))
    expect(
      await cost('{ essays(first: 10) { edges { node { authors { person { name } } } } } }', {
        'Essay<-AUTHORED': 3,
      }),
    ).toBe(91);
    expect(
      await cost('{ essays(first: 10) { edges { node { authors { person { name } } } } } }', {
        'Essay<-AUTHORED': 30,
      }),
    ).toBe(1 + 10 * (1 + 1 + 1 + 30 * 2));
  });

  it('takes the default page of 20 when no size is given, and a size from variables', async () => {
    expect(await cost('{ concepts { edges { node { slug } } } }', {})).toBe(1 + 20 * 3);
    expect(
      await cost(
        'query ($n: Int) { concepts(first: $n) { edges { node { slug } } } }',
        {},
        { n: 5 },
      ),
    ).toBe(1 + 5 * 3);
  });

  it('multiplies nested pages, so a page inside a page costs their product', async () => {
    const nested = await cost(
      '{ concepts(first: 100) { edges { node { related(first: 100) { edges { node { slug } } } } } } }',
      {},
    );
    expect(nested).toBe(1 + 100 * (1 + 1 + (1 + 100 * 3)));
  });

  it('prices introspection by the schema, not the graph', async () => {
    const introspection = getIntrospectionQuery();
    expect(await cost(introspection, {})).toBeLessThan(1000);
  });

  it('prices nodes(ids:) by the number of ids, and lists of scalars as one field', async () => {
    expect(await cost('{ nodes(ids: ["a", "b", "c"]) { id } }', {})).toBe(1 + 3 * 1);
    expect(await cost('{ concept(slug: "x") { altLabels } }', {})).toBe(2);
  });

  it('prices a list by its node count times a factor where a list follows no relation', async () => {
    // instrumentMatrix 1 + (cells 1 + 3 × 2 × (horizon 1))
    expect(await cost('{ instrumentMatrix { cells { horizon } } }', { Theme: 3 })).toBe(1 + 1 + 6);
  });
});

describe('LIST_SIZES', () => {
  // An interface's fields are priced by the interface's name when a query selects them through it.
  const plainObjectLists = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) || isInterfaceType(type))
    .filter((type) => !type.name.startsWith('__') && !type.name.endsWith('Connection'))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => isListType(getNullableType(field.type)))
        .filter((field) => !isLeafType(getNamedType(field.type)))
        .filter((field) => !field.args.some((arg) => ['first', 'last', 'ids'].includes(arg.name)))
        .map((field) => `${type.name}.${field.name}`),
    );

  it('prices every plain list of objects in the schema, and nothing else', () => {
    expect(Object.keys(LIST_SIZES).sort()).toEqual(plainObjectLists.sort());
  });

  it('measures only relations the graph model has', () => {
    for (const source of Object.values(LIST_SIZES)) {
      if ('relation' in source) expect(RELATIONS.has(source.relation), source.relation).toBe(true);
    }
  });
});

describe('ListSizes', () => {
  it('measures once a minute, not per request, and prices unmeasured lists at 100', async () => {
    const calls: string[][] = [];
    const listSizes = new ListSizes(measured({ 'Essay<-AUTHORED': 4 }, calls));
    expect(listSizes.sizeOf('Essay.authors')).toBe(100);
    await listSizes.refresh(0);
    await listSizes.refresh(30_000);
    expect(calls).toHaveLength(1);
    expect(listSizes.sizeOf('Essay.authors')).toBe(4);
    expect(listSizes.sizeOf('Neighbourhood.edges')).toBe(200);
    await listSizes.refresh(61_000);
    expect(calls).toHaveLength(2);
    expect(listSizes.sizeOf('Query.essays')).toBeNull();
  });

  it('waits for the first measurement only: later ones never hold up pricing', async () => {
    let measurements = 0;
    const repository = {
      measure: () =>
        ++measurements === 1
          ? Promise.resolve(new Map([['Essay<-AUTHORED', 4]]))
          : new Promise<never>(() => undefined),
    } as unknown as GraphSizeRepository;
    const listSizes = new ListSizes(repository);
    await listSizes.refresh(0);
    await listSizes.refresh(61_000);
    await listSizes.refresh(62_000);
    expect(measurements).toBe(2);
    expect(listSizes.sizeOf('Essay.authors')).toBe(4);
  });

  it('keeps the last sizes, and reports, when the graph cannot be measured', async () => {
    const errors: unknown[] = [];
    let fail = false;
    const repository = {
      measure: () =>
        fail
          ? Promise.reject(new Error('database down'))
          : Promise.resolve(new Map([['Finding-ABOUT->', 7]])),
    } as unknown as GraphSizeRepository;
    const listSizes = new ListSizes(repository, (error) => errors.push(error));
    await listSizes.refresh(0);
    fail = true;
    await listSizes.refresh(120_000);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(listSizes.sizeOf('Finding.about')).toBe(7);
    expect(errors).toEqual([new Error('database down')]);
  });
});
