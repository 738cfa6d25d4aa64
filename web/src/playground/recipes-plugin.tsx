/**
 * The "Recipes" pane of the playground: every research recipe with what it answers, opened in a new
 * tab with one click.
 */
import { pick, useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import type { Recipe } from './recipe.js';
import { RECIPES } from './recipes.js';

function RecipeList() {
  const { queryEditor, variableEditor } = useGraphiQL(pick('queryEditor', 'variableEditor'));
  const actions = useGraphiQLActions();
  const open = (recipe: Recipe) => {
    actions.addTab();
    // The new tab's editors take their (empty) content on the next render; fill them after it.
    setTimeout(() => {
      queryEditor?.setValue(recipe.query);
      variableEditor?.setValue('');
      actions.setOperationName(recipe.operationName);
    });
  };
  return (
    <section className="kks-recipes" aria-label="Research recipes">
      <p>
        Named research operations over the knowledge graph. Each runs as it is; change the
        variables' defaults to ask about another concept, region or document.
      </p>
      <ol>
        {RECIPES.map((recipe) => (
          <li key={recipe.file}>
            <button type="button" onClick={() => open(recipe)} data-recipe={recipe.file}>
              {recipe.title}
            </button>
            <p>{recipe.description}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function RecipeIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      <path
        d="M5 4h11a3 3 0 0 1 3 3v13H8a3 3 0 0 1-3-3V4zm3 13h9V7a1 1 0 0 0-1-1H7v11a1 1 0 0 0 1 0zM9 8h6v2H9zm0 4h6v2H9z"
        fill="currentColor"
      />
    </svg>
  );
}

export const recipesPlugin: GraphiQLPlugin = {
  title: 'Recipes',
  icon: RecipeIcon,
  content: RecipeList,
};
