/**
 * The largest answer the API sends. The cost model bounds how many objects an operation reads; this
 * bounds what they weigh (long passages, many highlights), so that no answer holds the heap or the
 * network for long. An answer over the limit is replaced, whole, by one error: a client never gets
 * a silently truncated result.
 *
 * Measuring an answer means writing it as JSON; `stringifyResult` then sends that very text, so
 * no answer is written twice.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';

export const RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE';

export interface ResponseSizeLimit {
  readonly plugin: ApolloServerPlugin;
  /** For ApolloServer's `stringifyResult`. */
  readonly stringifyResult: (result: FormattedExecutionResult) => string;
}

export function responseSizeLimit(maxBytes: number): ResponseSizeLimit {
  // The text of each measured answer, by its `data` (the object Apollo hands back to stringify).
  const written = new WeakMap<object, string>();
  const write = (result: FormattedExecutionResult) =>
    // Apollo's own form: errors, data, extensions, one answer per line.
    `${JSON.stringify({ errors: result.errors, data: result.data, extensions: result.extensions })}\n`;
  return {
    plugin: {
      requestDidStart: () =>
        Promise.resolve({
          willSendResponse: ({ response }) => {
            if (response.body.kind !== 'single') return Promise.resolve();
            const result = response.body.singleResult;
            const text = write(result);
            const bytes = Buffer.byteLength(text);
            if (bytes <= maxBytes) {
              if (result.data) written.set(result.data, text);
              return Promise.resolve();
            }
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
            return Promise.resolve();
          },
        }),
    },
    stringifyResult: (result) => (result.data && written.get(result.data)) || write(result),
  };
}
