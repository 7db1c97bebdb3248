import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes (256 bits), base64url: what an offer or leave link carries; only its hash is stored. */
export const newWaitlistToken = (): string => randomBytes(32).toString('base64url');

export const hashWaitlistToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

/** The stored hash of a well-formed token, or undefined (a malformed token names nothing). */
export const hashOfWellFormed = (token: string): string | undefined =>
  TOKEN_RE.test(token) ? hashWaitlistToken(token) : undefined;

export const offerUrl = (publicUrl: string, token: string) =>
  `${publicUrl.replace(/\/+$/, '')}/waitlist/offer/${token}`;
export const leaveUrl = (publicUrl: string, token: string) =>
  `${publicUrl.replace(/\/+$/, '')}/waitlist/leave/${token}`;

/** How long an offer holds its seats (DESIGN §9.4). */
export const OFFER_MINUTES = 15;
