/**
 * The largest answer the API sends. The cost model bounds how many objects an operation reads; this
 * bounds what they weigh (long passages, many highlights), so that no answer holds the heap or the
 * network for long. An answer over the limit is replaced, whole, by one error: a client never gets
 * a silently truncated result.
 */
import type { ApolloServerPlugin } from '@apollo/server';

export const RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE';

export function responseSizePlugin(maxBytes: number): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          if (response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          const bytes = Buffer.byteLength(JSON.stringify(result));
          if (bytes > maxBytes) {
            response.body.singleResult = {
              errors: [
                {
                  message: `The answer would be ${bytes} bytes, over the limit of ${maxBytes}: ask for smaller pages (first/last) or fewer fields`,
                  extensions: { code: RESPONSE_TOO_LARGE },
                },
              ],
              ...(result.extensions ? { extensions: result.extensions } : {}),
            };
            response.http.status = 400;
          }
          return Promise.resolve();
        },
      }),
  };
}
