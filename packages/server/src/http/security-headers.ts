import type { RequestHandler } from 'express';

/**
 * Default CSP for everything we serve: our own scripts only, no eval, no
 * plugins, and not framable except by ourselves. Routes that must differ
 * (the /embed iframe is framed by venue sites; the console) overwrite
 * `Content-Security-Policy` in their handler — setHeader replaces the default.
 */
export const DEFAULT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Lit and GraphiQL set inline styles; styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

export function securityHeaders(): RequestHandler {
  return (_req, res, next) => {
    res.setHeader('Content-Security-Policy', DEFAULT_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    next();
  };
}
