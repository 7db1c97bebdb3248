import type { RequestHandler } from 'express';
import type { Config } from '../config.ts';
import type { OriginPolicy } from './origin-policy.ts';
import { isOwnOrigin } from './own-origin.ts';

/**
 * `GET /origin-check`: may the calling page's origin use the public API?
 *
 * /graphql refuses an origin no venue lists without CORS headers (cors.ts), so
 * the browser reports a bare network error. The widget asks here after such a
 * failure to tell "this site is not allowed" from "offline". The answer is
 * readable from anywhere (`*`) and carries nothing but the caller's own origin
 * and one boolean, which any client could learn by sending an Origin header.
 */
export function originCheck(config: Pick<Config, 'PUBLIC_URL'>, policy: OriginPolicy): RequestHandler {
  return async (req, res, next) => {
    const origin = req.headers.origin ?? null;
    let allowed = true;
    try {
      if (origin && !isOwnOrigin(config, origin, req.headers.host)) allowed = await policy.allowedByAnyVenue(origin);
    } catch (err) {
      return next(err);
    }
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'no-store');
    res.json({ origin, allowed });
  };
}
