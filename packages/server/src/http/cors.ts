import type { ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import type { Config } from '../config.ts';
import type { OriginPolicy } from './origin-policy.ts';
import { isOwnOrigin } from './own-origin.ts';

const ALLOW_METHODS = 'GET, POST, OPTIONS';
// No `authorization`: API keys are never sent cross-origin from a browser.
const ALLOW_HEADERS = 'content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id';
const EXPOSE_HEADERS = 'retry-after, x-request-id';
const MAX_AGE_SECONDS = '600';

/**
 * CORS for /graphql. Same-origin and origin-less requests pass untouched.
 * A cross-origin request passes only when some venue lists its origin (the
 * per-venue check happens per operation in graphql/guard.ts), and never with
 * an API key: an admin request from another origin is refused outright, and a
 * preflight asking to send `authorization` is refused.
 */
export function graphqlCors(config: Pick<Config, 'PUBLIC_URL'>, policy: OriginPolicy): RequestHandler {
  return async (req, res, next) => {
    res.vary('Origin');
    const origin = req.headers.origin;
    if (!origin || isOwnOrigin(config, origin, req.headers.host)) return next();
    const preflight = req.method === 'OPTIONS';
    const asked = String(req.headers['access-control-request-headers'] ?? '').toLowerCase();
    if (req.headers.authorization || (preflight && /(^|[\s,])authorization([\s,]|$)/.test(asked))) {
      return refuse(req, res, 'API keys may not be used from another origin');
    }
    let allowed: boolean;
    try {
      allowed = await policy.allowedByAnyVenue(origin);
    } catch (err) {
      return next(err);
    }
    if (!allowed) return refuse(req, res, `Origin ${origin} is not allowed`);
    allowOrigin(res, origin);
    if (!preflight) return next();
    res.setHeader('Access-Control-Allow-Methods', ALLOW_METHODS);
    res.setHeader('Access-Control-Allow-Headers', ALLOW_HEADERS);
    res.setHeader('Access-Control-Max-Age', MAX_AGE_SECONDS);
    res.status(204).end();
  };
}

/** The headers of an admitted cross-origin request (also set by the GraphQL fast path, graphql-fast-path.ts). */
export function allowOrigin(res: ServerResponse, origin: string): void {
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Expose-Headers', EXPOSE_HEADERS);
}

/** No CORS headers at all, so the browser blocks the response; the body says why for humans and tools. */
function refuse(req: Request, res: Response, message: string): void {
  if (req.method === 'OPTIONS') {
    res.status(403).end();
    return;
  }
  res.status(403).json({ errors: [{ message, extensions: { code: 'FORBIDDEN' } }] });
}
