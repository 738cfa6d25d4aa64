/**
 * The explorer's one way to the API: POST a typed operation to /graphql and get its typed data, or
 * an error naming what the server said.
 */
import type { TypedDocumentString } from '../__generated__/graphql.js';

export class ApiError extends Error {
  override readonly name = 'ApiError';
}

interface GraphQLResponse<T> {
  readonly data?: T | null;
  readonly errors?: readonly { readonly message: string }[];
}

export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
    ...(signal ? { signal } : {}),
  });
  const body = (await response.json()) as GraphQLResponse<TResult>;
  if (body.errors !== undefined && body.errors.length > 0) {
    throw new ApiError(body.errors.map((error) => error.message).join('; '));
  }
  if (body.data == null) throw new ApiError(`The API answered ${response.status} without data`);
  return body.data;
}

/** The playground with this operation and these variables open, as a link. */
export function playgroundLink<TVariables>(
  document: TypedDocumentString<unknown, TVariables>,
  variables: TVariables,
): string {
  const params = new URLSearchParams({
    query: document.toString(),
    variables: JSON.stringify(variables, null, 2),
  });
  return `/graphql?${params.toString()}`;
}
