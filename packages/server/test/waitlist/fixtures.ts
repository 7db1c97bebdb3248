import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../src/db/client.ts';
import { queryRows } from '../../src/db/client.ts';
import { waitlistEntries, type WaitlistEntry } from '../../src/db/schema/index.ts';
import { gql } from '../support/graphql.ts';

export const JOIN = `mutation J($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) { id sessionId partySize status position }
}`;
export const LIST = `query W($s: ID!) { waitlist(sessionId: $s) { id partySize email status offerExpiresAt } }`;
export const REMOVE = `mutation R($id: ID!) { removeWaitlistEntry(id: $id) { id status } }`;
export const CANCEL_BOOKING = `mutation C($id: ID!) { cancelBooking(id: $id, refund: false) { id status } }`;

/** Joins through the public API; throws on any GraphQL error. */
export async function join(url: string, sessionId: string, email: string, partySize: number) {
  const res = await gql(url, JOIN, { input: { sessionId, partySize, email } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.joinWaitlist as { id: string; status: string; position: number };
}

export async function entry(db: DbOrTx, id: string): Promise<WaitlistEntry> {
  const [row] = await db.select().from(waitlistEntries).where(eq(waitlistEntries.id, id));
  return row!;
}

export async function statuses(db: DbOrTx, ids: readonly string[]): Promise<string[]> {
  return Promise.all(ids.map(async (id) => (await entry(db, id)).status));
}

/** The offer link's token from an email's plain text. */
export const offerTokenOf = (text: string): string => {
  const m = /\/waitlist\/offer\/([A-Za-z0-9_-]{43})/.exec(text);
  if (!m) throw new Error(`no offer link in: ${text}`);
  return m[1]!;
};

/** Ends an offer's hold now (tests never sleep): its expiry moves into the past. */
export async function backdateOffer(db: DbOrTx, entryId: string): Promise<void> {
  await db.execute(
    sql`update slot_reservations set expires_at = now() - interval '1 second'
        where id = (select reservation_id from waitlist_entries where id = ${entryId}::uuid)`,
  );
}

/** Waits for a condition the background job brings about (polls; fails after `ms`). */
export async function until(what: string, check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Seats held by live offers of a session. */
export async function offeredSeats(db: DbOrTx, sessionId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select coalesce(sum(r.party_size), 0)::int as n from waitlist_entries w
        join slot_reservations r on r.id = w.reservation_id
        where w.session_id = ${sessionId}::uuid and r.status = 'held'`,
  );
  return Number(row!.n);
}
