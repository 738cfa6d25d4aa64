/** The research recipes of web/recipes/, bundled into the playground at build time. */
import { parseRecipe, type Recipe } from './recipe.js';

const files = import.meta.glob<string>('../../recipes/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const RECIPES: readonly Recipe[] = Object.entries(files)
  .map(([path, text]) => parseRecipe(path.slice(path.lastIndexOf('/') + 1), text))
  .sort((a, b) => a.file.localeCompare(b.file));
