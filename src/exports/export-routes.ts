/**
 * `GET /export/<scope>.<format>`: the graph, a concept map or a neighbourhood as GraphML, GEXF,
 * VOSviewer JSON or CSV tables, and `GET /export/concepts.ttl`, the concept scheme in SKOS. Each
 * answer has its content type and a file name to save it under; a bad request is a JSON error with
 * a stable code, as GraphQL errors are.
 */
import { Router, type Request, type Response } from 'express';
import { createRequestContext } from '../context.js';
import { DomainError } from '../domain/errors.js';
import { problem } from '../http/problem.js';
import type { Logger } from '../logger.js';
import { deadlineAfter, type Neo4jGateway } from '../neo4j/gateway.js';
import { parseExportRequest } from './export-request.js';
import { renderExport } from './render-export.js';

const STATUS_OF: Partial<Record<DomainError['code'], number>> = {
  BAD_USER_INPUT: 400,
  DATABASE_UNAVAILABLE: 503,
  TIMEOUT: 504,
};

export interface ExportRouteOptions {
  readonly gateway: Neo4jGateway;
  readonly logger: Logger;
  /** How long one export may read the graph, as a GraphQL operation may. */
  readonly deadlineMs: number;
}

export function exportRoutes({ gateway, logger, deadlineMs }: ExportRouteOptions): Router {
  const router = Router();
  router.get('/export/:file', async (request: Request<{ file: string }>, response: Response) => {
    const deadline = deadlineAfter(deadlineMs);
    try {
      const exportRequest = parseExportRequest(request.params.file, request.query);
      const context = createRequestContext(gateway.withDeadline(deadline));
      const rendered = await renderExport(context, exportRequest);
      // attachment() sets a type from the file's extension; the format's own type comes after.
      response
        .status(200)
        .attachment(rendered.fileName)
        .type(rendered.contentType)
        .send(rendered.body);
    } catch (error) {
      const status = error instanceof DomainError ? (STATUS_OF[error.code] ?? 500) : 500;
      if (status >= 500) logger.error({ err: error }, 'export failed');
      const known = error instanceof DomainError && status < 500;
      response
        .status(status)
        .json(
          known
            ? problem(error.code, error.message)
            : problem('INTERNAL_SERVER_ERROR', 'Internal server error'),
        );
    } finally {
      deadline.lift();
    }
  });
  return router;
}
