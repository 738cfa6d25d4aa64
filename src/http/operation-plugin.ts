/**
 * Follows each GraphQL operation through Apollo: counts a mutation against its client's rate limit
 * before it runs, and once answered, fills in the request's record (what the request log prints)
 * and the metrics.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST, OperationTypeNode } from 'graphql';
import type { RequestContext } from '../context.js';
import type { Metrics } from './metrics.js';
import type { RateLimits } from './rate-limits.js';

export function operationPlugin(
  metrics: Metrics,
  rateLimits: RateLimits,
): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart: () => {
      const started = performance.now();
      return Promise.resolve({
        // Parsed, not yet validated: an operation that fails validation is still known by name.
        validationDidStart: ({ document, request, contextValue }) => {
          const operation = getOperationAST(document, request.operationName);
          // A name is whatever the client chose: the log keeps enough of it to recognise.
          contextValue.record.operationName = operation?.name?.value.slice(0, 100) ?? null;
          contextValue.record.operationType = operation?.operation ?? null;
          return Promise.resolve();
        },
        didResolveOperation: async ({ operation, contextValue }) => {
          if (operation?.operation === OperationTypeNode.MUTATION) {
            await rateLimits.countMutation(contextValue.record.client);
          }
        },
        willSendResponse: ({ response, contextValue }) => {
          const { record } = contextValue;
          if (response.body.kind === 'single') {
            record.errorCodes = (response.body.singleResult.errors ?? []).map((error) => {
              const code = error.extensions?.['code'];
              return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
            });
          }
          metrics.operationAnswered(
            { name: record.operationName, type: record.operationType },
            (performance.now() - started) / 1000,
            record.errorCodes,
          );
          return Promise.resolve();
        },
      });
    },
  };
}
