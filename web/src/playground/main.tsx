/**
 * The playground: GraphiQL 5 with the schema's documentation and history panes and the research
 * recipes, talking to the API on this server. `?query=` (and `?variables=`) open an operation, as
 * the explorer's "show this query in the playground" links do.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RECIPES } from './recipes.js';
import { recipesPlugin } from './recipes-plugin.js';

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', location.href).href });
const params = new URLSearchParams(location.search);
const WELCOME = `# The kks-graph playground: the research of Kennis voor Krachtige
# Steden (KKS, 2006-2015) as a knowledge graph.
#
# Open "Recipes" (left) for research questions ready to run, or the
# documentation to browse the schema. Ctrl-Enter runs the operation.
#
${RECIPES[0]?.query ?? ''}`;

const root = document.getElementById('root');
if (root === null) throw new Error('playground.html has no #root');
createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      plugins={[recipesPlugin, HISTORY_PLUGIN]}
      defaultQuery={WELCOME}
      {...(params.has('query') ? { initialQuery: params.get('query') ?? '' } : {})}
      {...(params.has('variables') ? { initialVariables: params.get('variables') ?? '' } : {})}
    >
      <GraphiQL.Logo>kks-graph</GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
