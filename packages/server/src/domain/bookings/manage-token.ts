import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { bookingManageTokens, bookings, type Booking } from '../../db/schema/index.ts';

/** 32 random bytes (256 bits), base64url: what a manage link carries. */
export const newManageToken = (): string => randomBytes(32).toString('base64url');

export const hashManageToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

/** Mints a link for the booking inside the caller's transaction; only its hash is stored. */
export async function mintManageUrl(tx: DbOrTx, bookingId: string, publicUrl: string): Promise<string> {
  const token = newManageToken();
  await tx.insert(bookingManageTokens).values({ tokenHash: hashManageToken(token), bookingId });
  return `${publicUrl.replace(/\/+$/, '')}/manage/${token}`;
}

/**
 * The pay link of an UNPAID booking is its manage link's token under `/pay/`: every visit there
 * starts a fresh Checkout, so the emailed link outlives Stripe's 24 h limit on any one session.
 */
export const payUrlOf = (manageUrl: string): string => manageUrl.replace(/\/manage\/([^/]+)$/, '/pay/$1');

/** The one booking a token names, or undefined (malformed and unknown tokens alike). */
export async function bookingOfToken(db: DbOrTx, token: string): Promise<Booking | undefined> {
  if (!TOKEN_RE.test(token)) return undefined;
  const [row] = await db
    .select({ booking: bookings })
    .from(bookingManageTokens)
    .innerJoin(bookings, eq(bookings.id, bookingManageTokens.bookingId))
    .where(eq(bookingManageTokens.tokenHash, hashManageToken(token)));
  return row?.booking;
}
