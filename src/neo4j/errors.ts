/**
 * The one place where driver errors become domain errors. Messages never carry Cypher or
 * database internals; the original error stays available as `cause` for the logs.
 */
import { isRetryableError, Neo4jError } from 'neo4j-driver';
import {
  ConflictError,
  DatabaseError,
  DatabaseUnavailableError,
  DomainError,
  OperationTimeoutError,
} from '../domain/errors.js';

/** Neo4j stopped the transaction at the timeout we gave it, or terminated it. */
const TIMED_OUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.Terminated',
]);
/** The pool's error when every connection stayed busy for the acquisition timeout; it has no code. */
const POOL_EXHAUSTED = /^Connection acquisition timed out/;

export const UNAVAILABLE_MESSAGE = 'The graph database is unavailable; try again shortly';
export const TIMED_OUT_MESSAGE =
  'The operation ran out of time before the graph database answered; ask for less, or try again shortly';

export function mapNeo4jError(error: unknown): Error {
  if (error instanceof DomainError) return error;
  if (!(error instanceof Neo4jError))
    return error instanceof Error ? error : new Error(String(error));
  if (TIMED_OUT_CODES.has(error.code)) {
    return new OperationTimeoutError(TIMED_OUT_MESSAGE, { cause: error });
  }
  // Retriable: no connection, a lost session, or a transient error the driver's retries did not
  // outlast. Either way the same request may succeed shortly.
  if (isRetryableError(error) || POOL_EXHAUSTED.test(error.message)) {
    return new DatabaseUnavailableError(UNAVAILABLE_MESSAGE, { cause: error });
  }
  if (error.code === 'Neo.ClientError.Security.Unauthorized') {
    return new DatabaseUnavailableError('The graph database refused our credentials', {
      cause: error,
    });
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError('The change conflicts with an existing node of the same slug', {
      cause: error,
    });
  }
  return new DatabaseError('The graph database rejected a statement', { cause: error });
}
