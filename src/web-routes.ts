/**
 * The pages the server serves from web/dist/ (built by `npm run build:web`, which `npm install`
 * runs): the explorer at / and the GraphiQL playground at GET /graphql for browsers. A request that
 * asks for JSON at /graphql, as every GraphQL client does, goes on to the API.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router, type Request, type Response } from 'express';
import { problem } from './http/problem.js';
import type { Logger } from './logger.js';
import { projectPath } from './project-paths.js';

const WEB_DIST = projectPath('web', 'dist');
const EXPLORER = path.join(WEB_DIST, 'index.html');
const PLAYGROUND = path.join(WEB_DIST, 'playground.html');

export interface WebOptions {
  /** Whether browsers get the playground at GET /graphql (KKS_PLAYGROUND). */
  readonly playground: boolean;
  readonly logger: Logger;
}

export function webRoutes(options: WebOptions): Router {
  const router = Router();
  const built = existsSync(EXPLORER) && existsSync(PLAYGROUND);
  if (!built) {
    options.logger.warn({ stage: 'web' }, 'web pages not built: run npm run build:web');
  }
  const page = (file: string) => (_request: Request, response: Response) => {
    if (!built) {
      response
        .status(503)
        .json(problem('WEB_NOT_BUILT', 'The web pages are not built; run npm run build:web'));
      return;
    }
    response.set('cache-control', 'no-cache').sendFile(file);
  };
  // Asset names carry a hash of their content, so a browser may keep them for good.
  router.use(
    '/assets',
    express.static(path.join(WEB_DIST, 'assets'), {
      immutable: true,
      maxAge: '1y',
      fallthrough: false,
    }),
  );
  router.get(['/', '/explore'], page(EXPLORER));
  router.get('/graphql', (request, response, next) => {
    if (request.accepts(['application/json', 'text/html']) !== 'text/html') {
      next();
      return;
    }
    if (!options.playground) {
      response
        .status(404)
        .json(
          problem(
            'PLAYGROUND_DISABLED',
            'The playground is off (KKS_PLAYGROUND=off); POST GraphQL requests to /graphql',
          ),
        );
      return;
    }
    page(PLAYGROUND)(request, response);
  });
  return router;
}
