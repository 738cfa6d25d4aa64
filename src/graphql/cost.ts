/**
 * The cost of an operation, computed before it runs: every field costs 1 plus what its selection
 * costs, and a field that returns many items multiplies its selection's cost by how many it can
 * return: a connection or a list with `first`/`last` by that argument (a connection's default page
 * when neither is given), any other list by the most items it holds in the graph (list-sizes.ts).
 * So nested lists multiply, and `concepts(first: 100) { edges { node { related(first: 100) ... } } }`
 * costs what it would load. An operation over MAX_COST is refused with QUERY_TOO_COSTLY (HTTP 400)
 * before a single statement reaches the database.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isLeafType,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { RequestContext } from '../context.js';
import { DEFAULT_PAGE_SIZE } from './connection.js';
import type { CostBudget } from './cost-budget.js';
import type { ListSizes } from './list-sizes.js';

/**
 * The most an operation may cost: a page of 100 with its natural nested selection stays well under
 * it (test/integration/api-contract.test.ts); a page of 100 inside a page of 100 with more than a
 * few fields does not.
 */
export const MAX_COST = 50_000;

export const COST_ERROR_CODE = 'QUERY_TOO_COSTLY';

/**
 * The most items a field returns, given its arguments and the list sizes of the graph.
 * @throws Error for a plain list of objects that LIST_SIZES does not cover: a list nobody priced.
 */
export function itemsOf(
  parentType: string,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  sizes: ListSizes,
): number {
  const type = getNullableType(field.type);
  const isConnection = getNamedType(type).name.endsWith('Connection');
  if (!isConnection && !isListType(type)) return 1;
  // Introspection reads the schema, not the graph: its lists are as long as the schema is.
  if (parentType.startsWith('__')) return 1;
  const sliced = [args['first'], args['last']].find((value) => typeof value === 'number');
  if (typeof sliced === 'number') return Math.max(sliced, 0);
  // nodes(ids:): one item per id.
  if (Array.isArray(args['ids'])) return args['ids'].length;
  if (isConnection) return DEFAULT_PAGE_SIZE;
  // A connection's edges were counted by the field that returned the connection.
  if (parentType.endsWith('Connection') || isLeafType(getNamedType(type))) return 1;
  const size = sizes.sizeOf(`${parentType}.${field.name}`);
  if (size === null) throw new Error(`No size is known for the list ${parentType}.${field.name}`);
  return size;
}

/**
 * What an operation costs, by the rules above.
 * @throws GraphQLError when the variables do not fit their types.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  sizes: ListSizes,
  operationName?: string,
): number {
  const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) =>
    1 + childComplexity * itemsOf(type.name, field, args, sizes);
  return getComplexity({
    schema,
    query: document,
    ...(operationName ? { operationName } : {}),
    variables,
    estimators: [estimator],
  });
}

/**
 * Refuses operations that would cost more than `maxCost`, before they execute, and tells every
 * answered operation its cost in `extensions.cost`, so clients see how close they are. With a
 * `budget`, an operation holds its cost from being priced to being answered (cost-budget.ts).
 */
export function costLimitPlugin(
  sizes: ListSizes,
  budget?: CostBudget,
  maxCost = MAX_COST,
): ApolloServerPlugin<RequestContext> {
  const prices = new PriceList(sizes);
  return {
    requestDidStart: () => {
      let cost: number | null = null;
      let release: (() => void) | null = null;
      return Promise.resolve({
        willSendResponse: ({ response }) => {
          release?.();
          if (cost !== null && response.body.kind === 'single') {
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, cost: { requested: cost, limit: maxCost } };
          }
          return Promise.resolve();
        },
        didResolveOperation: async ({ request, document, schema, contextValue }) => {
          await sizes.refresh();
          try {
            cost = prices.of(document, request.operationName ?? undefined, request.variables, () =>
              operationCost(
                schema,
                document,
                request.variables ?? {},
                sizes,
                request.operationName ?? undefined,
              ),
            );
          } catch (error) {
            // Variables that do not fit their types: execution refuses them as BAD_USER_INPUT
            // before any resolver runs, so there is nothing to price.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `The operation would cost ${cost}, over the limit of ${maxCost}: ask for smaller pages (first/last) or fewer nested lists`,
              { extensions: { code: COST_ERROR_CODE, http: { status: 400 } } },
            );
          }
          release = (await budget?.acquire(cost, contextValue.deadline)) ?? null;
        },
      });
    },
  };
}

/**
 * What each operation costs, by document (as Apollo keeps it parsed), operation and variables, for
 * as long as the list sizes it was priced with stand: pricing walks the whole document, and most
 * requests repeat one a client sent before.
 */
class PriceList {
  private byDocument = new WeakMap<DocumentNode, Map<string, number>>();
  private pricedWith: unknown = null;

  constructor(private readonly sizes: ListSizes) {}

  of(
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown> | undefined,
    price: () => number,
  ): number {
    if (this.pricedWith !== this.sizes.measurement) {
      this.byDocument = new WeakMap();
      this.pricedWith = this.sizes.measurement;
    }
    let prices = this.byDocument.get(document);
    if (prices === undefined) {
      prices = new Map();
      this.byDocument.set(document, prices);
    }
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    let cost = prices.get(key);
    if (cost === undefined) {
      if (prices.size >= PRICES_KEPT_PER_DOCUMENT) prices.clear();
      cost = price();
      prices.set(key, cost);
    }
    return cost;
  }
}

/** Of one document, the prices of this many sets of variables are kept; then it starts over. */
const PRICES_KEPT_PER_DOCUMENT = 64;
