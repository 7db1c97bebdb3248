import type { ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { contentSecurityPolicy } from './page-security.ts';

/**
 * Defaults for every response: the widget's strict CSP (no inline script, no
 * eval, framable only by ourselves), no MIME sniffing, no full URLs in
 * Referer. Routes that must differ (the /embed iframe is framed by venue
 * sites; the console) overwrite a header in their handler — setHeader
 * replaces the default. frame-ancestors, not X-Frame-Options, so /embed can
 * widen it.
 */
export const DEFAULT_CSP = contentSecurityPolicy();

export function securityHeaders(): RequestHandler {
  return (_req, res, next) => {
    setSecurityHeaders(res);
    next();
  };
}

/** The same defaults for a response answered before Express (graphql-fast-path.ts). */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', DEFAULT_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
}
