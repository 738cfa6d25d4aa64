/**
 * The playground's recipes and the explorer's operations against the real API: each recipe runs as
 * it is (its variables' defaults) and answers data on the seed graph; each explorer operation runs
 * with the variables the explorer sends, inside the API's limits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecipe } from '../../web/src/playground/recipe.js';
import * as operations from '../../web/src/__generated__/graphql.js';
import { useHttpApi } from '../support/http-api.js';

const api = useHttpApi();
const RECIPES = new URL('../../web/recipes/', import.meta.url);

const recipes = readdirSync(RECIPES)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => parseRecipe(file, readFileSync(new URL(file, RECIPES), 'utf8')));

/** True when `value` is not null and, if it is a list or an object, holds something. */
function filled(value: unknown): boolean {
  if (value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value).some(filled);
  return true;
}

describe('playground recipes', () => {
  it('cover the research questions the playground promises', () => {
    expect(recipes.map((recipe) => recipe.title)).toEqual([
      'Find a concept and its evidence',
      'Related findings of a concept',
      'Related findings of a region',
      'Related findings of a finding',
      'The path between two entities',
      'The instrument matrix',
      'The concept map of a section',
      'A bridge between two documents',
      'Search with typeahead',
    ]);
    for (const recipe of recipes) expect(recipe.description.length).toBeGreaterThan(40);
  });

  it.each(recipes.map((recipe) => [recipe.title, recipe] as const))(
    '%s runs as it is and answers data',
    async (_, recipe) => {
      const { data, errors } = await api.query(recipe.query);
      expect(errors).toBeUndefined();
      for (const [field, value] of Object.entries(data!)) expect(filled(value), field).toBe(true);
    },
  );
});

const EXPLORER_VARIABLES: Record<string, Record<string, unknown>> = {
  ExplorerDocumentsDocument: { lang: 'NL' },
  ExplorerConceptMapDocument: {
    document: 'bouwstenen-voor-de-regionale-arbeidsmarkt',
    section: null,
    normalisation: 'ASSOCIATION_STRENGTH',
    minCount: 1,
    lang: 'EN',
  },
  ExplorerSuggestDocument: { prefix: 'arbeids', lang: 'NL' },
  ExplorerSearchDocument: { query: 'regionale arbeidsmarkt', lang: 'EN' },
  ExplorerNodeDocument: { id: 'Concept:krimp', lang: 'NL' },
  ExplorerPathsDocument: { from: 'Concept:krimp', to: 'Organisation:oecd', lang: 'EN' },
  ExplorerBridgeDocument: {
    a: 'Preface:voorwoord-kks-essays',
    b: 'Essay:bouwstenen-voor-de-regionale-arbeidsmarkt',
    lang: 'EN',
  },
};

describe('explorer operations', () => {
  const documents = Object.entries(operations).filter(([name]) => name.startsWith('Explorer'));

  it('are all known here, with the variables the explorer sends', () => {
    expect(documents.map(([name]) => name).sort()).toEqual(Object.keys(EXPLORER_VARIABLES).sort());
  });

  it.each(documents)('%s answers without errors', async (name, document) => {
    const { data, errors } = await api.query(String(document), EXPLORER_VARIABLES[name]);
    expect(errors).toBeUndefined();
    expect(filled(data)).toBe(true);
  });

  it.each([
    ['Concept:job-carving'],
    ['Region:zuid-limburg'],
    ['Theme:weerbaarheid'],
    ['PolicyInstrument:job-carving'],
    ['Organisation:platform31'],
    ['Regulation:participatiewet'],
    ['Finding:definitie-job-carving'],
    ['Passage:bouwstenen-voor-de-regionale-arbeidsmarkt--p004'],
  ])('ExplorerNode opens %s', async (id) => {
    const { data, errors } = await api.query<{ node: { id: string } }>(
      String(operations.ExplorerNodeDocument),
      { id, lang: 'EN' },
    );
    expect(errors).toBeUndefined();
    expect(data!.node.id).toBeTruthy();
  });
});
