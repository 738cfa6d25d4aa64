/**
 * One log line per HTTP request, when it is answered: a request id (the client's X-Request-Id when
 * it is a sane token, else a new UUID, echoed in the response), method, path, status, duration, and
 * for GraphQL the operation's name and type and its error codes. Headers are not logged: they may
 * carry a curator's key.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { RequestRecord } from '../context.js';
import type { Logger } from '../logger.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Where the GraphQL layer leaves its record of a request, for this log to print. */
export function recordOf(response: ServerResponse): RequestRecord | undefined {
  return (response as ServerResponse & { locals?: { record?: RequestRecord } }).locals?.record;
}

/** The request's id: the client's X-Request-Id when it is a sane token, else a new UUID; echoed. */
function requestId(request: IncomingMessage, response: ServerResponse): string {
  const sent = request.headers['x-request-id'];
  const id = typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
  response.setHeader('x-request-id', id);
  return id;
}

export function requestLog(logger: Logger): RequestHandler {
  // A silent logger prints nothing at any level: the request keeps its id, without the logging.
  if (!logger.isLevelEnabled('fatal')) {
    return (request, response, next) => {
      requestId(request, response);
      next();
    };
  }
  return pinoHttp({
    logger,
    genReqId: requestId,
    // Probes and metrics scrapes come every few seconds; they are logged only when they fail.
    autoLogging: { ignore: (request) => /^\/(livez|readyz|metrics)$/.test(request.url ?? '') },
    customLogLevel: (_request, response, error) =>
      error !== undefined || response.statusCode >= 500
        ? 'error'
        : response.statusCode >= 400
          ? 'warn'
          : 'info',
    serializers: {
      req: (request: { id: string; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        // A GET /graphql carries its whole query in the URL.
        path: request.url.split('?')[0]?.slice(0, 200),
      }),
      res: (response: { statusCode: number }) => ({ status: response.statusCode }),
    },
    customProps: (_request, response) => {
      const record = recordOf(response);
      if (record?.operationType == null) return {};
      return {
        operation: record.operationName ?? '(anonymous)',
        type: record.operationType,
        ...(record.errorCodes.length > 0 ? { errors: [...new Set(record.errorCodes)] } : {}),
      };
    },
    customSuccessMessage: (request, response, ms) =>
      `${request.method} ${request.url?.split('?')[0]?.slice(0, 200)} ${response.statusCode} in ${ms} ms`,
    customErrorMessage: (request, response) =>
      `${request.method} ${request.url?.split('?')[0]?.slice(0, 200)} ${response.statusCode}`,
  });
}
