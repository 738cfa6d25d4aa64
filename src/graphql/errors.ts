/**
 * What clients see of an error. Domain errors keep their message and get their stable code in
 * `extensions.code`; GraphQL validation errors keep theirs; anything else reaches the client only as
 * a generic INTERNAL_SERVER_ERROR. Errors that are ours rather than the client's (database failures,
 * bugs) are logged with their cause, which the client never sees: once per request, however many
 * fields they failed.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '../domain/errors.js';
import { ECHOED_LENGTH } from '../domain/quoted.js';
import type { Logger } from '../logger.js';

const MAX_MESSAGE_LENGTH = 300;
/** A double-quoted string (escapes included) of over ECHOED_LENGTH characters. */
const QUOTED_INPUT = new RegExp(`"((?:[^"\\\\]|\\\\.){${ECHOED_LENGTH}})(?:[^"\\\\]|\\\\.)+"`, 'g');

/**
 * GraphQL's own messages quote what the client sent ("Value \"…\" does not exist in \"Lang\"
 * enum"), however long: they keep the start of each quoted value, as our own messages do.
 */
export function shortenEchoes(message: string): string {
  const shortened = message.replace(QUOTED_INPUT, (_, start: string) => `"${start}…"`);
  return shortened.length <= MAX_MESSAGE_LENGTH
    ? shortened
    : `${shortened.slice(0, MAX_MESSAGE_LENGTH)}…`;
}

const CLIENT_ERROR_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'CONFLICT']);

/** Apollo's own refusals of a request come without a code; a resolver's failure has a cause. */
function isRequestRefusal(original: unknown): boolean {
  return original instanceof GraphQLError && original.originalError == null && !original.path;
}

/** The code of an error that is ours rather than the client's, or null for the client's. */
function serverErrorCode(error: GraphQLError): string | null {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return CLIENT_ERROR_CODES.has(original.code) ? null : original.code;
  }
  const code = error.extensions['code'];
  if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') return null;
  return isRequestRefusal(original) ? null : 'INTERNAL_SERVER_ERROR';
}

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return { ...formatted, message: original.message, extensions: { code: original.code } };
  }
  const code = formatted.extensions?.['code'];
  if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') {
    return { ...formatted, message: shortenEchoes(formatted.message), extensions: { code } };
  }
  if (isRequestRefusal(original)) {
    return {
      ...formatted,
      message: shortenEchoes(formatted.message),
      extensions: { code: 'BAD_REQUEST' },
    };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * Logs a request's server errors as one line: the first with its cause, and how many of each code
 * there were. A timed-out list fails hundreds of fields at once; a line per field would flood the
 * log, and written synchronously to a slow reader, stall the server.
 */
export function serverErrorLogPlugin<Context extends object>(
  logger: Logger,
): ApolloServerPlugin<Context> {
  // The listener keeps no state of its own: every request shares it.
  const listener: GraphQLRequestListener<Context> = {
    didEncounterErrors: ({ errors, operationName }) => {
      const codes: Record<string, number> = {};
      let first: GraphQLError | undefined;
      for (const error of errors) {
        const code = serverErrorCode(error);
        if (code === null) continue;
        first ??= error;
        codes[code] = (codes[code] ?? 0) + 1;
      }
      if (first) {
        logger.error(
          { err: unwrapResolverError(first), codes, operation: operationName ?? undefined },
          'request failed',
        );
      }
      return Promise.resolve();
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}
