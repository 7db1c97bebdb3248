import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../observability/logger.ts';

/** What /graphql answers (500) when something fails before GraphQL runs, on the Express and the fast path. */
export const INTERNAL_BEFORE_GRAPHQL = { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL' } }] };

/**
 * Body-parser failures on /graphql answered as GraphQL errors instead of
 * Express's HTML page: too large → 413, unparsable JSON → 400, both
 * BAD_USER_INPUT (with the reason), so clients have one error shape.
 */
export function graphqlBodyErrors(logger: Logger): ErrorRequestHandler {
  return (err: { type?: string; status?: number; message?: string }, _req, res, next) => {
    if (res.headersSent) return next(err);
    const status = err.status ?? 500;
    if (err.type === 'entity.too.large') return send(413, 'Request body is too large', 'PAYLOAD_TOO_LARGE');
    if (status >= 400 && status < 500) return send(status, 'Request body is not valid JSON', err.type ?? 'BAD_REQUEST');
    logger.error({ err }, 'unexpected error before GraphQL');
    res.status(500).json(INTERNAL_BEFORE_GRAPHQL);

    function send(code: number, message: string, reason: string) {
      res.status(code).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', reason } }] });
    }
  };
}
