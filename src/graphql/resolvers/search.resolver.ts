import type { QueryResolvers, SearchType } from '../../__generated__/resolvers-types.js';
import {
  labelOfType,
  NODE_TYPE_OF,
  SEARCHABLE_LABELS,
  type SearchableLabel,
} from '../../domain/graph-model.js';
import type { AnyNodeModel } from '../../domain/models.js';
import { fullTextQuery, prefixQuery } from '../../domain/search-query.js';
import { MAX_PAGE_SIZE, pageWindow, toConnection } from '../connection.js';
import { integerArgument } from '../arguments.js';
import { snippet } from '../snippet.js';
import { label } from './entity-access.js';

const LABEL_OF = (type: SearchType) => labelOfType(type) as SearchableLabel;
const TYPE_OF = (searchable: SearchableLabel): SearchType => NODE_TYPE_OF[searchable];
const ALL_TYPES = SEARCHABLE_LABELS.map(TYPE_OF);

export const SearchQuery: QueryResolvers = {
  search: (_, { query, types, ...page }, context) => {
    const labels = (types ?? ALL_TYPES).map(LABEL_OF);
    const parsed = fullTextQuery(query);
    const ordering = `search:${parsed?.terms.join(' ') ?? ''}:${[...labels].sort().join(',')}`;
    const window = pageWindow(page, ordering);
    if (parsed === null) {
      return toConnection({
        window,
        ordering,
        readPage: () => Promise.resolve([]),
        keysetOf: () => ({ value: 0, slug: '' }),
        nodeOf: (hit: never) => hit,
        totalCount: () => Promise.resolve(0),
      });
    }
    const from =
      window.from === null ? null : { score: Number(window.from.value), key: window.from.slug };
    return toConnection({
      window,
      ordering,
      readPage: () =>
        context.search.search({
          lucene: parsed.lucene,
          labels,
          from,
          backwards: window.backwards,
          limit: window.size + 1,
        }),
      keysetOf: (hit) => ({ value: hit.score, slug: hit.key }),
      nodeOf: (hit) => ({
        node: hit.model,
        type: TYPE_OF(hit.model.label),
        score: hit.score,
        ...snippet(displayText(hit.model), parsed.terms),
      }),
      totalCount: () => context.search.count(parsed.lucene, labels),
    });
  },
  suggest: async (_, { prefix, types, lang, first }, context) => {
    integerArgument('first', first, 1, MAX_PAGE_SIZE);
    const parsed = prefixQuery(prefix);
    if (parsed === null) return [];
    const hits = await context.search.suggest(parsed.lucene, types.map(LABEL_OF), first);
    return hits.map((hit) => ({
      node: hit.model,
      type: TYPE_OF(hit.model.label),
      label: 'labels' in hit.model ? label(hit.model.labels, lang) : hit.model.slug,
    }));
  },
};

/** The text a hit's snippet is cut from. */
function displayText(model: AnyNodeModel): string {
  switch (model.label) {
    case 'Passage':
      return model.text;
    case 'Finding':
      return model.statementNl;
    case 'Concept':
    case 'Theme':
      return [model.labels.nl, model.labels.en, model.definition?.nl].filter(Boolean).join(' — ');
    default:
      return 'labels' in model
        ? [model.labels.nl, model.labels.en, ...model.labels.altNl, ...model.labels.altEn]
            .filter(Boolean)
            .join(' · ')
        : '';
  }
}
