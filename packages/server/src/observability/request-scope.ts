import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The request id of whatever is running now. Every log line written while an
 * HTTP request or a graphql-ws operation runs gets it (logger.ts mixes it in),
 * including lines from domain code that only knows `services.logger`.
 */
export const requestScope = new AsyncLocalStorage<RequestScope>();

export interface RequestScope {
  readonly requestId: string;
}

const REQUEST_ID_RE = /^[\w.:-]{1,64}$/;

/** The caller's X-Request-Id when it is sane (a load balancer's), else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const value = Array.isArray(given) ? given[0] : given;
  return value && REQUEST_ID_RE.test(value) ? value : randomUUID();
}

/** Mixed into every log line (pino `mixin`). */
export const requestLogFields = (): { requestId?: string } => {
  const scope = requestScope.getStore();
  return scope ? { requestId: scope.requestId } : {};
};
