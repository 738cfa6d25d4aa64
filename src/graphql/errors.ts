/**
 * What clients see of an error. Domain errors keep their message and get their stable code in
 * `extensions.code`; GraphQL validation errors keep theirs; anything else reaches the client only as
 * a generic INTERNAL_SERVER_ERROR. Errors that are ours rather than the client's (database failures,
 * bugs) are logged with their cause, which the client never sees.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from '../domain/errors.js';

export type ErrorLogger = (error: unknown) => void;

const CLIENT_ERROR_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'CONFLICT']);

export function createErrorFormatter(logServerError: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      if (!CLIENT_ERROR_CODES.has(original.code)) logServerError(original);
      return { ...formatted, message: original.message, extensions: { code: original.code } };
    }
    const code = formatted.extensions?.['code'];
    if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') {
      return { ...formatted, extensions: { code } };
    }
    logServerError(original);
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
