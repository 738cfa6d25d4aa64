import type {
  QueryResolvers,
  SearchHitResolvers,
  SearchType,
} from '../../__generated__/resolvers-types.js';
import { displayName } from '../../domain/display-name.js';
import {
  labelOfType,
  NODE_TYPE_OF,
  SEARCHABLE_LABELS,
  type SearchableLabel,
} from '../../domain/graph-model.js';
import type { AnyNodeModel } from '../../domain/models.js';
import { fullTextQuery, prefixQuery, type FullTextQuery } from '../../domain/search-query.js';
import type { SearchFacetRow, SearchHitRow } from '../../repositories/search.repository.js';
import { integerArgument } from '../arguments.js';
import {
  cursorOrdering,
  MAX_PAGE_SIZE,
  pageWindow,
  toConnection,
  type ConnectionModel,
} from '../connection.js';
import { readProjected } from '../look-ahead/compile.js';
import { selects } from '../look-ahead/selection.js';
import type { SearchConnectionModel, SearchHitModel } from '../search-hit.js';
import { snippet, type Snippet } from '../snippet.js';

const LABEL_OF = (type: SearchType) => labelOfType(type) as SearchableLabel;
const TYPE_OF = (searchable: SearchableLabel): SearchType => NODE_TYPE_OF[searchable];
const ALL_TYPES = SEARCHABLE_LABELS.map(TYPE_OF);

/**
 * The labels of `types` in SEARCHABLE_LABELS order, which decides the label a node with two of
 * them is found under: the first asked for in that order, whatever order they were asked in.
 */
function searchedLabels(types: readonly SearchType[]): SearchableLabel[] {
  const asked = types.map(LABEL_OF);
  return SEARCHABLE_LABELS.filter((label) => asked.includes(label));
}

/** Every word (`all`), or, when no node has every word, any of them (`any`). */
type Matching = 'all' | 'any';

export const SearchHit: SearchHitResolvers = {
  snippet: (hit) => hit.excerpt().snippet,
  highlights: (hit) => [...hit.excerpt().highlights],
};

export const SearchQuery: QueryResolvers = {
  search: (_, { query, types, ...page }, context, info) => {
    const labels = searchedLabels(types ?? ALL_TYPES);
    const parsed = fullTextQuery(query);
    const orderingOf = (matching: Matching) =>
      `search:${matching}:${parsed?.normalised ?? ''}:${labels.join(',')}`;
    // A cursor goes on with the results it came from, even if the graph has changed since.
    const cursor = page.after ?? page.before;
    const resumed: Matching | null =
      cursor == null ? null : cursorOrdering(cursor) === orderingOf('any') ? 'any' : 'all';
    const window = pageWindow(page, orderingOf(resumed ?? 'all'));
    if (parsed === null) return emptySearch(window, orderingOf('all'));

    const facetReads = new Map<Matching, Promise<SearchFacetRow[]>>();
    const facetsOf = (matching: Matching) => {
      const read =
        facetReads.get(matching) ?? context.search.facets(luceneOf(parsed, matching), labels);
      facetReads.set(matching, read);
      return read;
    };
    const from =
      window.from === null ? null : { score: Number(window.from.value), key: window.from.slug };
    const readPage = (matching: Matching) => {
      const page = {
        clauses: matching === 'all' ? [parsed.allWords] : parsed.eachWord,
        labels,
        from,
        backwards: window.backwards,
        limit: window.size + 1,
      };
      return readProjected(context.loaders.lookAhead.searchHits(info, labels), (projection) =>
        context.search.search(page, projection),
      );
    };
    // All the words, unless no node has them all. A request that counts learns that from the
    // counts it needs anyway; one that only pages, from its first page: a statement fewer.
    const counts = selects(info, ['totalCount']) || selects(info, ['facets']);
    let decided: Promise<{ matching: Matching; page: Promise<SearchHitRow[]> | null }> | undefined;
    const decide = () =>
      (decided ??= (async () => {
        if (resumed !== null || parsed.eachWord.length <= 1) {
          return { matching: resumed ?? 'all', page: null };
        }
        if (counts) {
          return { matching: (await facetsOf('all')).length === 0 ? 'any' : 'all', page: null };
        }
        const page = readPage('all');
        return (await page).length > 0
          ? { matching: 'all', page }
          : { matching: 'any', page: null };
      })());
    let connection: Promise<ConnectionModel<SearchHitModel>> | undefined;
    const connected = () =>
      (connection ??= decide().then(({ matching, page }) =>
        toConnection({
          window,
          ordering: orderingOf(matching),
          readPage: () => page ?? readPage(matching),
          keysetOf: (hit) => ({ value: hit.score, slug: hit.key }),
          nodeOf: (hit) => {
            let cut: Snippet | undefined;
            return {
              node: hit.model,
              type: TYPE_OF(hit.label),
              score: hit.score,
              excerpt: () => (cut ??= snippet(displayText(hit.model), parsed.terms)),
            };
          },
          totalCount: async () =>
            (await facetsOf(matching)).reduce((total, facet) => total + facet.count, 0),
        }),
      ));
    return {
      edges: async () => (await connected()).edges(),
      pageInfo: async () => (await connected()).pageInfo(),
      totalCount: async () => (await connected()).totalCount(),
      matchedAll: async () => (await decide()).matching === 'all',
      facets: async () =>
        [...(await facetsOf((await decide()).matching))]
          .sort(
            (a, b) =>
              b.count - a.count ||
              SEARCHABLE_LABELS.indexOf(a.label) - SEARCHABLE_LABELS.indexOf(b.label),
          )
          .map((facet) => ({ type: TYPE_OF(facet.label), count: facet.count })),
    };
  },
  suggest: async (_, { prefix, types, lang, first }, context) => {
    integerArgument('first', first, 1, MAX_PAGE_SIZE);
    const parsed = prefixQuery(prefix);
    if (parsed === null) return [];
    const hits = await context.search.suggest(parsed.lucene, searchedLabels(types), first);
    return hits.map((hit) => ({
      node: hit.model,
      type: TYPE_OF(hit.label),
      label: displayName(hit.model, lang),
    }));
  },
};

/** One query for all the hits of a search, to count them. */
function luceneOf(query: FullTextQuery, matching: Matching): string {
  return matching === 'all' ? query.allWords : query.eachWord.join(' OR ');
}

/** A search without a word finds nothing. */
function emptySearch(
  window: ReturnType<typeof pageWindow>,
  ordering: string,
): SearchConnectionModel {
  return {
    ...toConnection({
      window,
      ordering,
      readPage: () => Promise.resolve([]),
      keysetOf: () => ({ value: 0, slug: '' }),
      nodeOf: (hit: never) => hit,
      totalCount: () => Promise.resolve(0),
    }),
    matchedAll: () => Promise.resolve(true),
    facets: () => Promise.resolve([]),
  };
}

/** The text a hit's snippet is cut from. */
function displayText(model: AnyNodeModel): string {
  switch (model.label) {
    case 'Passage':
    case 'Footnote':
      return model.text;
    case 'Finding':
      return model.statementNl;
    case 'Concept':
    case 'Theme':
      return [model.labels.nl, model.labels.en, model.definition?.nl].filter(Boolean).join(' — ');
    case 'Essay':
      return [model.title, model.subtitle].filter(Boolean).join(': ');
    case 'Programme':
      return `${model.name} (${model.acronym})`;
    default:
      return 'labels' in model
        ? [model.labels.nl, model.labels.en, ...model.labels.altNl, ...model.labels.altEn]
            .filter(Boolean)
            .join(' · ')
        : displayName(model);
  }
}
