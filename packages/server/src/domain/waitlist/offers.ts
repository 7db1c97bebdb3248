import { and, asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import {
  activityPrices,
  activitySessions,
  slotReservations,
  waitlistEntries,
  type ActivityPrice,
  type WaitlistEntry,
} from '../../db/schema/index.ts';
import { enqueue } from '../../outbox/outbox.ts';
import { availabilityTopic, notifyChange } from '../../realtime/topics.ts';
import { freeSeats } from '../reservations/locking.ts';
import { priceTickets, type PricedTickets } from '../reservations/pricing.ts';
import { offerEmail } from './emails.ts';
import type { WaitlistDeps } from './join.ts';
import { emailContext, isPrivateActivity, loadSessionContext, type SessionContext } from './session-context.ts';
import { hashLinkToken, newLinkToken } from '../link-token.ts';
import { OFFER_MINUTES, offerUrl } from './tokens.ts';

export interface OfferPass {
  /** Entries that got an offer in this pass. */
  readonly offered: readonly WaitlistEntry[];
  /** Entries this pass finished: offers that ended (EXPIRED / BOOKED), waiting on a closed or started session. */
  readonly finished: number;
  readonly outboxIds: readonly string[];
  readonly checkoutIds: readonly string[];
}

const NOTHING: OfferPass = { offered: [], finished: 0, outboxIds: [], checkoutIds: [] };

/**
 * One pass over a session's waitlist, in one transaction under the session row lock (the first lock of the
 * documented order, like every capacity change): expire its stale holds (an ended offer is one), close
 * finished offers, then give the free seats to waiting parties in FIFO order, skipping a party that does
 * not fit. An offer is a real hold for OFFER_MINUTES, so its seats are taken from capacity_remaining:
 * offers never exceed the free seats, and two instances never offer the same seat: the lock serializes
 * their passes and the second sees the first's offers (a pass with nothing to do is a few short reads).
 */
export async function offerFreedSeats(deps: WaitlistDeps, sessionId: string): Promise<OfferPass> {
  const now = deps.now();
  const pass = await deps.db.transaction(async (tx): Promise<OfferPass> => {
    const [locked] = await tx.select().from(activitySessions).where(eq(activitySessions.id, sessionId)).for('update');
    if (!locked) return NOTHING;
    const expired = await queryRows<{ checkout_session_id: string | null }>(
      tx,
      sql`select checkout_session_id from expire_stale_holds(${sessionId}::uuid, ${now.toISOString()}::timestamptz)`,
    );
    const checkoutIds = expired.flatMap((r) => (r.checkout_session_id ? [r.checkout_session_id] : []));
    let finished = await closeEndedOffers(tx, sessionId);
    // Read after the expiry and the closed offers above, which gave seats back.
    const ctx = (await loadSessionContext(tx, sessionId))!;
    const { session } = ctx;
    if (session.status !== 'open' || session.startsAt <= now) {
      finished += await finishWaiting(tx, sessionId);
      return { ...NOTHING, finished, checkoutIds };
    }
    const waiting = await tx
      .select()
      .from(waitlistEntries)
      .where(and(eq(waitlistEntries.sessionId, sessionId), eq(waitlistEntries.status, 'WAITING')))
      .orderBy(asc(waitlistEntries.createdAt), asc(waitlistEntries.id));
    // A private session (settings.bookingMode) goes to one party, and only once nobody holds a seat of it.
    const isPrivate = isPrivateActivity(ctx);
    let remaining = freeSeats(session, isPrivate);
    if (waiting.length === 0 || remaining <= 0) return { ...NOTHING, finished, checkoutIds };

    const prices = await tx.select().from(activityPrices).where(eq(activityPrices.activityId, ctx.activity.id));
    const offered: WaitlistEntry[] = [];
    const outboxIds: string[] = [];
    for (const entry of waiting) {
      if (entry.partySize > remaining) continue; // first that fits, not strictly first
      const priced = priceOffer(ctx, prices, entry.partySize);
      if (!priced) {
        // The activity no longer takes this party (limits or prices changed): it cannot be offered anything.
        await tx
          .update(waitlistEntries)
          .set({ status: 'EXPIRED', updatedAt: now })
          .where(eq(waitlistEntries.id, entry.id));
        finished += 1;
        continue;
      }
      const made = await makeOffer(tx, deps, ctx, entry, priced, now);
      offered.push(made.entry);
      outboxIds.push(made.outboxId);
      remaining = isPrivate ? 0 : remaining - entry.partySize;
      if (remaining <= 0) break;
    }
    if (offered.length > 0) await notifyChange(tx, availabilityTopic(session.activityId, session.localDate));
    return { offered, finished, outboxIds, checkoutIds };
  });
  await deps.deliver(pass.outboxIds);
  await deps.expireCheckouts(pass.checkoutIds);
  return pass;
}

/** Offers whose hold ended: BOOKED when it was paid, else EXPIRED (the next party's turn). */
async function closeEndedOffers(tx: Tx, sessionId: string): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`update waitlist_entries w
        set status = case when r.status = 'confirmed' then 'BOOKED' else 'EXPIRED' end, updated_at = now()
        from waitlist_entries e left join slot_reservations r on r.id = e.reservation_id
        where w.id = e.id and w.session_id = ${sessionId}::uuid and w.status = 'OFFERED'
          and (r.id is null or r.status <> 'held')
        returning w.id`,
  );
  return rows.length;
}

async function finishWaiting(tx: Tx, sessionId: string): Promise<number> {
  const rows = await tx
    .update(waitlistEntries)
    .set({ status: 'EXPIRED', updatedAt: sql`now()` })
    .where(and(eq(waitlistEntries.sessionId, sessionId), eq(waitlistEntries.status, 'WAITING')))
    .returning({ id: waitlistEntries.id });
  return rows.length;
}

/**
 * An offer's tickets: the party at the activity's standard price (adult, else the first bookable one),
 * priced by the one pricing function. Waiver and minimum age are asked on the offer page before payment.
 */
function priceOffer(ctx: SessionContext, prices: readonly ActivityPrice[], partySize: number): PricedTickets | null {
  const bookable = prices.filter((p) => p.active);
  const price = bookable.find((p) => p.tier === 'adult') ?? bookable[0];
  if (!price) return null;
  const result = priceTickets({ ...ctx.activity, requiresWaiver: false, minAge: null }, prices, {
    tickets: [{ priceId: price.id, quantity: partySize }],
  });
  return result.ok ? result.priced : null;
}

async function makeOffer(
  tx: Tx,
  deps: WaitlistDeps,
  ctx: SessionContext,
  entry: WaitlistEntry,
  priced: PricedTickets,
  now: Date,
): Promise<{ entry: WaitlistEntry; outboxId: string }> {
  const expiresAt = new Date(now.getTime() + OFFER_MINUTES * 60_000);
  // The conditional decrement under the lock we hold: a hold is inserted only after it (DESIGN §4.1).
  const taken = await tx
    .update(activitySessions)
    .set({ capacityRemaining: sql`${activitySessions.capacityRemaining} - ${entry.partySize}` })
    .where(
      and(eq(activitySessions.id, ctx.session.id), sql`${activitySessions.capacityRemaining} >= ${entry.partySize}`),
    )
    .returning({ remaining: activitySessions.capacityRemaining });
  if (taken.length === 0) throw new Error(`waitlist offer for ${entry.id} found fewer seats than counted`);
  const [hold] = await tx
    .insert(slotReservations)
    .values({
      sessionId: ctx.session.id,
      organizationId: ctx.session.organizationId,
      partySize: priced.partySize,
      tickets: [...priced.tickets],
      totalCents: priced.totalCents,
      currency: priced.currency,
      email: entry.email,
      status: 'held',
      expiresAt,
      idempotencyKey: `waitlist-offer:${entry.id}`,
      requestHash: 'waitlist-offer',
      locale: entry.locale,
    })
    .returning({ id: slotReservations.id });
  const token = newLinkToken();
  const [offered] = await tx
    .update(waitlistEntries)
    .set({
      status: 'OFFERED',
      reservationId: hold!.id,
      offerTokenHash: hashLinkToken(token),
      offeredAt: now,
      offerExpiresAt: expiresAt,
      updatedAt: now,
    })
    .where(eq(waitlistEntries.id, entry.id))
    .returning();
  const mail = offerEmail(emailContext(ctx, entry), {
    url: offerUrl(deps.publicUrl, token),
    expiresAt,
    totalCents: priced.totalCents,
    currency: priced.currency,
  });
  return { entry: offered!, outboxId: await enqueue(tx, entry.organizationId, { kind: 'email', payload: mail }) };
}

/**
 * Sessions whose waitlist has work: a waiting party that fits the free seats or whose session closed or
 * started or that has ended holds, or an offer whose hold ended. The periodic sweep's list; the trigger's
 * wake-ups are the fast path.
 */
export async function sessionsNeedingOffers(db: WaitlistDeps['db'], now: Date, limit = 200): Promise<string[]> {
  const at = now.toISOString();
  const rows = await queryRows<{ session_id: string }>(
    db,
    sql`select distinct w.session_id from waitlist_entries w
        join activity_sessions s on s.id = w.session_id
        join activities a on a.id = s.activity_id
        left join slot_reservations r on r.id = w.reservation_id
        where (w.status = 'WAITING'
                and ((s.capacity_remaining >= w.party_size
                      and (a.settings->>'bookingMode' is distinct from 'private'
                           or s.capacity_remaining = s.capacity_total))
                     or s.status <> 'open' or s.starts_at <= ${at}::timestamptz
                     -- holds that ended but the hold sweeper has not released yet: the pass releases them
                     or exists (select 1 from slot_reservations h where h.session_id = s.id and h.status = 'held'
                                  and h.expires_at <= ${at}::timestamptz)))
           or (w.status = 'OFFERED'
                and (r.id is null or r.status <> 'held' or r.expires_at <= ${at}::timestamptz))
        limit ${limit}`,
  );
  return rows.map((r) => r.session_id);
}
