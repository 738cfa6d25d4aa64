/**
 * What clients see of an error. Domain errors keep their message and get their stable code in
 * `extensions.code`; GraphQL validation errors keep theirs; anything else reaches the client only as
 * a generic INTERNAL_SERVER_ERROR. Errors that are ours rather than the client's (database failures,
 * bugs) are logged with their cause, which the client never sees.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '../domain/errors.js';
import { ECHOED_LENGTH } from '../domain/quoted.js';

export type ErrorLogger = (error: unknown) => void;

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

export function createErrorFormatter(logServerError: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      if (!CLIENT_ERROR_CODES.has(original.code)) logServerError(original);
      return { ...formatted, message: original.message, extensions: { code: original.code } };
    }
    const code = formatted.extensions?.['code'];
    if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') {
      return { ...formatted, message: shortenEchoes(formatted.message), extensions: { code } };
    }
    // Apollo's own refusals of a request (a persisted query's hash that does not match) come
    // without a code; a resolver's failure always has an original error behind it.
    if (original instanceof GraphQLError && original.originalError == null && !original.path) {
      return {
        ...formatted,
        message: shortenEchoes(formatted.message),
        extensions: { code: 'BAD_REQUEST' },
      };
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
