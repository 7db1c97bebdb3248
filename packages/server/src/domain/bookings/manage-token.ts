import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { bookingManageTokens, bookings, type Booking } from '../../db/schema/index.ts';
import { hashLinkToken, hashOfWellFormedToken, newLinkToken } from '../link-token.ts';

/** Mints a link for the booking inside the caller's transaction; only its hash is stored. */
export async function mintManageUrl(tx: DbOrTx, bookingId: string, publicUrl: string): Promise<string> {
  const token = newLinkToken();
  await tx.insert(bookingManageTokens).values({ tokenHash: hashLinkToken(token), bookingId });
  return `${publicUrl.replace(/\/+$/, '')}/manage/${token}`;
}

/**
 * The pay link of an UNPAID booking is its manage link's token under `/pay/`: every visit there
 * starts a fresh Checkout, so the emailed link outlives Stripe's 24 h limit on any one session.
 */
export const payUrlOf = (manageUrl: string): string => manageUrl.replace(/\/manage\/([^/]+)$/, '/pay/$1');

/** The one booking a token names, or undefined (malformed and unknown tokens alike). */
export async function bookingOfToken(db: DbOrTx, token: string): Promise<Booking | undefined> {
  const hash = hashOfWellFormedToken(token);
  if (!hash) return undefined;
  const [row] = await db
    .select({ booking: bookings })
    .from(bookingManageTokens)
    .innerJoin(bookings, eq(bookings.id, bookingManageTokens.bookingId))
    .where(eq(bookingManageTokens.tokenHash, hash));
  return row?.booking;
}
