import type { Config } from '../config.ts';
import type { DbOrTx } from '../db/client.ts';
import { AppError, ErrorCode, rateLimited } from '../errors.ts';
import { resolveCaller, type Caller } from '../graphql/auth.ts';
import type { RateLimits } from '../graphql/guard.ts';

/** Resolves the caller of one request or socket operation; `ip` is whose failures count. */
export type Authenticate = (authorization: string | undefined, ip: string) => Promise<Caller>;

/**
 * API-key authentication with a budget for failures (issue 16 item 13): each wrong key costs its IP one
 * of AUTH_FAILURES_PER_MINUTE (shared by every instance through the rate-limit table); past it, every
 * keyed request from that IP is RATE_LIMITED until the window ends, before any key lookup. Keyless
 * (public) requests are untouched: they have their own limits.
 */
export function createAuthenticate(
  db: DbOrTx,
  config: Pick<Config, 'AUTH_FAILURES_PER_MINUTE'>,
  limiter: RateLimits,
): Authenticate {
  const perMinute = config.AUTH_FAILURES_PER_MINUTE;
  return async (authorization, ip) => {
    if (!authorization || perMinute <= 0) return resolveCaller(db, authorization);
    const key = `auth-fail:${ip}`;
    const early = limiter.blocked(key);
    if (early && !early.allowed) throw rateLimited(early.retryAfterSeconds);
    try {
      return await resolveCaller(db, authorization);
    } catch (err) {
      if (err instanceof AppError && err.code === ErrorCode.UNAUTHENTICATED) {
        const decision = await limiter.hit([{ key, limit: perMinute }]);
        if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
      }
      throw err;
    }
  };
}
