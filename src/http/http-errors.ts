/**
 * The last two handlers of the app: unknown routes answer a JSON 404, and a request the HTTP layer
 * refuses before GraphQL sees it (a body that is not JSON, or too large) answers a JSON 4xx with a
 * stable code. No error page, stack trace or file path ever reaches a client; unexpected errors are
 * logged and answer a plain INTERNAL_SERVER_ERROR.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger.js';
import { problem } from './problem.js';

/** body-parser's errors carry the status to answer and a `type` naming what was wrong. */
interface BodyParserError {
  readonly status?: number;
  readonly type?: string;
  readonly limit?: number;
}

const BODY_PROBLEMS: Record<string, { code: string; message: (error: BodyParserError) => string }> =
  {
    'entity.parse.failed': {
      code: 'BAD_REQUEST',
      message: () => 'The request body is not valid JSON',
    },
    'entity.too.large': {
      code: 'PAYLOAD_TOO_LARGE',
      message: (error) => `The request body is over the limit of ${error.limit ?? 0} bytes`,
    },
    'encoding.unsupported': {
      code: 'BAD_REQUEST',
      message: () => 'The request body has an encoding the server does not read; send UTF-8',
    },
    'charset.unsupported': {
      code: 'BAD_REQUEST',
      message: () => 'The request body has a charset the server does not read; send UTF-8',
    },
    'request.aborted': {
      code: 'BAD_REQUEST',
      message: () => 'The request was aborted before its body arrived',
    },
  };

export function notFound(): RequestHandler {
  return (request, response) => {
    response
      .status(404)
      .json(
        problem(
          'NOT_FOUND',
          `Nothing at ${request.method} ${request.path.slice(0, 100)}: the API is POST /graphql; see / for the explorer`,
        ),
      );
  };
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const bodyError = error as BodyParserError;
    const known = bodyError.type === undefined ? undefined : BODY_PROBLEMS[bodyError.type];
    if (known && bodyError.status !== undefined && bodyError.status < 500) {
      response.status(bodyError.status).json(problem(known.code, known.message(bodyError)));
      return;
    }
    // express.static's 404 for a missing asset.
    if (bodyError.status === 404) {
      response.status(404).json(problem('NOT_FOUND', 'No such file'));
      return;
    }
    logger.error({ err: error }, 'request failed');
    response.status(500).json(problem('INTERNAL_SERVER_ERROR', 'Internal server error'));
  };
}
