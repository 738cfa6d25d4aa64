/**
 * Security headers for every answer (helmet), with a content security policy the explorer and the
 * playground live within: everything from this server only (no CDN, no remote font), inline styles
 * for the editors, and workers from this server or blob: URLs for Monaco's language services.
 * And CORS for the API and the exports: which pages on other origins may call them.
 */
import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from '../config.js';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
}

/**
 * Reads are public and writes need a key sent in a header (no cookie is ever read), so a page on
 * another origin gains nothing a script could not get anyway: any origin by default.
 */
export function apiCors(origins: Config['corsOrigins']): RequestHandler {
  return cors({
    origin: origins === '*' ? '*' : [...origins],
    methods: ['GET', 'POST', 'OPTIONS'],
    maxAge: 600,
    exposedHeaders: ['retry-after', 'x-request-id'],
  });
}
