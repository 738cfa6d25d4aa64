/**
 * The one place where driver errors become domain errors. Messages never carry Cypher or
 * database internals; the original error stays available as `cause` for the logs.
 */
import { Neo4jError } from 'neo4j-driver';
import {
  ConflictError,
  DatabaseError,
  DatabaseUnavailableError,
  DomainError,
} from '../domain/errors.js';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function mapNeo4jError(error: unknown): Error {
  if (error instanceof DomainError) return error;
  if (!(error instanceof Neo4jError))
    return error instanceof Error ? error : new Error(String(error));
  if (UNAVAILABLE_CODES.has(error.code)) {
    return new DatabaseUnavailableError('The graph database is unavailable; try again shortly', {
      cause: error,
    });
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
