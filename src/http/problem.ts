/**
 * The body of every error the HTTP layer answers itself (bad JSON, too large, unknown route, rate
 * limited, not ready): the shape of a GraphQL error response, so that a client reads one format.
 */
export interface Problem {
  readonly errors: readonly [
    { readonly message: string; readonly extensions: { readonly code: string } },
  ];
}

export function problem(code: string, message: string): Problem {
  return { errors: [{ message, extensions: { code } }] };
}
