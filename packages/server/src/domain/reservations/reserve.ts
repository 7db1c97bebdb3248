import { isEmailAddress } from '@slotkit/core/contact';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { slotReservations } from '../../db/schema/index.ts';
import { badInput, notFound } from '../../errors.ts';
import type { DomainServices } from '../services.ts';
import type { PromoCode } from '../../db/schema/index.ts';
import type { HoldPrices, SessionCatalog } from './hold-catalog.ts';
import { finalAmounts, findPromoCode, PROMO_INVALID_MESSAGE, promoRefusal } from './discounts.ts';
import { expireCheckoutsAfterCommit } from './checkout-expiry.ts';
import { priceTickets } from './pricing.ts';
import { callReserveSlot, type ReserveSlotAnswer } from './reserve-call.ts';
import { reserveRequestHash } from './request-hash.ts';
import { invalid, InvalidReason, type ReserveMeta, type ReserveOutcome, type ReserveSlotRequest } from './types.ts';

/** The languages emails are written in; anything else is English. */
export const EMAIL_LOCALES = ['en', 'es', 'de'] as const;
export const emailLocale = (tag?: string | null): string => {
  const lang = (tag ?? '').toLowerCase().split('-')[0]!;
  return (EMAIL_LOCALES as readonly string[]).includes(lang) ? lang : 'en';
};

const KEY_RE = /^[\x21-\x7e]{8,128}$/;

/** What a hold uses: the primary, the clock, the hold settings, the price cache and Checkout expiry. */
export type ReserveServices = Pick<
  DomainServices,
  'db' | 'config' | 'now' | 'payments' | 'logger' | 'settlePaidCheckout'
> & {
  readonly holdPrices: HoldPrices;
};

/**
 * Holds a slot: validates and prices the tickets from the activity's active
 * prices, then runs reserve_slot() — one round trip that locks the session,
 * expires its stale holds, checks limits and capacity and inserts the hold.
 */
export async function reserveSlot(
  services: ReserveServices,
  input: ReserveSlotRequest,
  meta: ReserveMeta,
): Promise<ReserveOutcome> {
  const request = normalize(input);
  const cache = services.holdPrices;
  let catalog = await cache.get(services.db, request.sessionId);
  const requestHash = reserveRequestHash(request);
  for (let attempt = 0; ; attempt += 1) {
    if (!catalog) throw notFound('Session');
    const pricing = priceTickets(catalog.activity, catalog.prices, request);
    // A retry must find its hold even if a price or party limit changed since.
    if (!pricing.ok) return (await findReplay(services.db, request.idempotencyKey, requestHash)) ?? pricing.outcome;
    const { priced } = pricing;
    const now = services.now();
    if (tooLate(catalog.startsAt, catalog.activity.minNoticeMinutes ?? 0, now)) {
      const minutes = catalog.activity.minNoticeMinutes ?? 0;
      return (
        (await findReplay(services.db, request.idempotencyKey, requestHash)) ??
        invalid(InvalidReason.TOO_LATE, `This slot can only be booked at least ${minutes} minutes before it starts`)
      );
    }
    const promo = await usablePromo(services.db, catalog, request.promoCode, now);
    if (!promo.ok) return (await findReplay(services.db, request.idempotencyKey, requestHash)) ?? promo.outcome;
    const amounts = finalAmounts({ lines: priced.tickets, promo: promo.code });
    const answer = await callReserveSlot(services.db, {
      sessionId: request.sessionId,
      partySize: priced.partySize,
      tickets: priced.tickets,
      totalCents: amounts.totalCents,
      discountCents: amounts.discountCents,
      promoCodeId: promo.code?.id ?? null,
      wholeSession: catalog.activity.bookingMode === 'private',
      currency: priced.currency,
      email: request.email,
      idempotencyKey: request.idempotencyKey,
      requestHash,
      clientIp: meta.ip,
      waiverAccepted: request.waiverAccepted === true,
      minAgeAccepted: request.minAgeAccepted === true,
      locale: emailLocale(request.locale),
      now,
      holdMinutes: services.config.HOLD_MINUTES,
      holdsPerEmail: services.config.HOLDS_PER_EMAIL,
      holdsPerIp: services.config.HOLDS_PER_IP,
    });
    if (answer.outcome === 'stale_prices' && attempt === 0) {
      // A price changed after the catalog was cached: price again from fresh rows.
      catalog = await cache.get(services.db, request.sessionId, { fresh: true });
      continue;
    }
    if (answer.outcome === 'not_found') cache.forget(request.sessionId);
    if ('expiredCheckoutIds' in answer) void expireCheckoutsAfterCommit(services, answer.expiredCheckoutIds);
    return toOutcome(answer, now);
  }
}

type PromoCheck =
  { readonly ok: true; readonly code: PromoCode | null } | { readonly ok: false; readonly outcome: ReserveOutcome };

/**
 * The hold's promo code, if it names a usable one (one indexed read, only when a code is given). Its
 * count of live holds is checked again under the code's row lock inside reserve_slot().
 */
async function usablePromo(
  db: DbOrTx,
  catalog: SessionCatalog,
  code: string | null | undefined,
  now: Date,
): Promise<PromoCheck> {
  const text = code?.trim();
  if (!text) return { ok: true, code: null };
  const promo = await findPromoCode(db, catalog.organizationId, text);
  const refusal = promoRefusal(promo, catalog.activityId, now);
  if (refusal) return { ok: false, outcome: invalid(InvalidReason.PROMO_CODE_INVALID, PROMO_INVALID_MESSAGE[refusal]) };
  return { ok: true, code: promo! };
}

/**
 * Inside the minimum notice but not yet started (a started session is reserve_slot()'s SESSION_STARTED).
 * Exact from the cache: a session's start never changes, and the activity's catalog is dropped on any change.
 */
export function tooLate(startsAt: Date, minNoticeMinutes: number, now: Date): boolean {
  const lead = startsAt.getTime() - now.getTime();
  return lead > 0 && lead < minNoticeMinutes * 60_000;
}

async function findReplay(
  db: DbOrTx,
  idempotencyKey: string,
  requestHash: string,
): Promise<ReserveOutcome | undefined> {
  const [row] = await db.select().from(slotReservations).where(eq(slotReservations.idempotencyKey, idempotencyKey));
  if (!row) return undefined;
  if (row.requestHash !== requestHash)
    throw badInput('This idempotencyKey was already used for a different request', { field: 'idempotencyKey' });
  const reservation = {
    id: row.id,
    sessionId: row.sessionId,
    partySize: row.partySize,
    status: row.status,
    expiresAt: row.expiresAt,
    totalCents: row.totalCents,
    currency: row.currency,
    discountCents: row.discountCents,
  };
  return { type: 'Reservation', reservation, replayed: true };
}

function toOutcome(answer: ReserveSlotAnswer, now: Date): ReserveOutcome {
  switch (answer.outcome) {
    case 'reserved':
    case 'existing':
      return { type: 'Reservation', reservation: answer.reservation, replayed: answer.outcome === 'existing' };
    case 'unavailable':
      return {
        type: 'SlotUnavailable',
        remaining: answer.remaining,
        message:
          answer.remaining === 0
            ? 'This slot is sold out'
            : `Only ${answer.remaining} ${answer.remaining === 1 ? 'place is' : 'places are'} left in this slot`,
      };
    case 'hold_limit': {
      const seconds = answer.retryAt ? Math.max(1, Math.ceil((answer.retryAt.getTime() - now.getTime()) / 1000)) : 60;
      const who = answer.limit === 'email' ? 'this email address' : 'your network';
      return invalid(
        InvalidReason.HOLD_LIMIT,
        `Too many slots are on hold for ${who}; finish or release one, or try again in ${seconds} s`,
        seconds,
      );
    }
    case 'closed':
      return invalid(InvalidReason.SESSION_CLOSED, 'This slot is not open for booking');
    case 'promo_invalid':
      // Deactivated, out of its window or every redemption taken by bookings and live holds.
      return invalid(InvalidReason.PROMO_CODE_INVALID, 'This promo code can no longer be used');
    case 'started':
      return invalid(InvalidReason.SESSION_STARTED, 'This slot has already started');
    case 'stale_prices':
      return invalid(
        InvalidReason.UNKNOWN_PRICE,
        'The prices of this activity just changed; please review your tickets',
      );
    case 'idempotency_conflict':
      throw badInput('This idempotencyKey was already used for a different request', { field: 'idempotencyKey' });
    case 'not_found':
      throw notFound('Session');
  }
}

function normalize(input: ReserveSlotRequest): ReserveSlotRequest {
  const email = input.email.trim();
  if (!isEmailAddress(email)) throw badInput('email must be a valid email address', { field: 'email' });
  if (!KEY_RE.test(input.idempotencyKey)) {
    throw badInput('idempotencyKey must be 8–128 visible ASCII characters (a UUID per attempt works)', {
      field: 'idempotencyKey',
    });
  }
  return { ...input, email };
}
