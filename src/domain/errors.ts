/**
 * Domain errors: the only errors a client may see the message of. Each has a stable `code` that
 * the GraphQL layer copies to `extensions.code`; anything else is masked as an internal error.
 */
export type DomainErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'DATABASE_UNAVAILABLE'
  | 'DATABASE_ERROR'
  | 'CONFLICT'
  | 'TIMEOUT';

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
}

/** The request itself is wrong (bad id, cursor, argument); retrying it unchanged will fail again. */
export class BadUserInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  override readonly name = 'BadUserInputError';
}

/** A write without a valid curator key; the same request with one may succeed. */
export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  override readonly name = 'UnauthenticatedError';
}

/** Neo4j cannot be reached right now; the same request may succeed later. */
export class DatabaseUnavailableError extends DomainError {
  readonly code = 'DATABASE_UNAVAILABLE';
  override readonly name = 'DatabaseUnavailableError';
}

/**
 * The operation ran past its deadline, or Neo4j's transaction timeout stopped it; what it had not
 * read by then is null. A smaller request, or the same one later, may succeed.
 */
export class OperationTimeoutError extends DomainError {
  readonly code = 'TIMEOUT';
  override readonly name = 'OperationTimeoutError';
}

/** A write would break a uniqueness or existence rule of the graph. */
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
  override readonly name = 'ConflictError';
}

/** Neo4j rejected a statement for a reason that is ours, not the client's. */
export class DatabaseError extends DomainError {
  readonly code = 'DATABASE_ERROR';
  override readonly name = 'DatabaseError';
}
