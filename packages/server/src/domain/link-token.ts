import { createHash, randomBytes } from 'node:crypto';

/**
 * The secret an emailed link carries (manage, pay, waitlist offer and leave links): 32 random bytes (256
 * bits), base64url. Only its SHA-256 is stored, so a leaked table names no link.
 */
export const newLinkToken = (): string => randomBytes(32).toString('base64url');

export const hashLinkToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

/** The stored hash of a well-formed token, or undefined (a malformed token names nothing: no lookup). */
export const hashOfWellFormedToken = (token: string): string | undefined =>
  TOKEN_RE.test(token) ? hashLinkToken(token) : undefined;
