/**
 * Errors that mean "the database could not be reached or went away", as
 * opposed to a bug: the operation did not happen (or its commit was not
 * confirmed), and the same request may be retried — with the same
 * idempotencyKey for reserveSlot, which makes the retry safe.
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);
// SQLSTATE class 08 (connection exception) and 57P0x (server shutting down / starting).
const SQLSTATE_RE = /^(08\d{3}|57P0[1-3])$/;

export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE_RE.test(code))) return true;
    const errno = (e as { errno?: unknown }).errno;
    if (typeof errno === 'string' && NETWORK_CODES.has(errno)) return true;
  }
  return false;
}

/** Seconds a client should wait before retrying an operation the database outage failed. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;
