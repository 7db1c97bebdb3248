import type { ReservedTicket } from '../../db/schema/index.ts';

export type ReservationStatus = 'held' | 'confirmed' | 'released' | 'expired';
export type TicketTier = ReservedTicket['tier'];

/** What the API shows of a reservation. */
export interface ReservationView {
  readonly id: string;
  readonly sessionId: string;
  readonly partySize: number;
  readonly status: ReservationStatus;
  readonly expiresAt: Date;
  /** Net of discountCents (discounts.ts). */
  readonly totalCents: number;
  readonly currency: string;
  readonly discountCents: number;
}

/** A tier, a price id, or both: a priceId alone implies its price's tier. */
export interface TicketRequest {
  readonly tier?: TicketTier | null;
  readonly priceId?: string | null;
  readonly quantity: number;
}

export interface ReserveSlotRequest {
  readonly sessionId: string;
  readonly tickets: readonly TicketRequest[];
  readonly email: string;
  readonly idempotencyKey: string;
  readonly waiverAccepted?: boolean | null;
  readonly minAgeAccepted?: boolean | null;
  /** en, es or de (anything else is stored as en). */
  readonly locale?: string | null;
  /** Case-insensitive; the hold reserves one redemption. */
  readonly promoCode?: string | null;
}

/** Who asked: the hold limit per IP keys on `ip`. */
export interface ReserveMeta {
  readonly ip: string | null;
}

/** The reasons of `InvalidReservation` (schema.graphql lists them). */
export const InvalidReason = {
  PARTY_TOO_SMALL: 'PARTY_TOO_SMALL',
  PARTY_TOO_LARGE: 'PARTY_TOO_LARGE',
  UNKNOWN_PRICE: 'UNKNOWN_PRICE',
  SESSION_CLOSED: 'SESSION_CLOSED',
  SESSION_STARTED: 'SESSION_STARTED',
  WAIVER_REQUIRED: 'WAIVER_REQUIRED',
  MIN_AGE_REQUIRED: 'MIN_AGE_REQUIRED',
  HOLD_LIMIT: 'HOLD_LIMIT',
  TOO_LATE: 'TOO_LATE',
  PROMO_CODE_INVALID: 'PROMO_CODE_INVALID',
} as const;
export type InvalidReason = (typeof InvalidReason)[keyof typeof InvalidReason];

/** Expected outcomes of a hold, keyed like the GraphQL union members. */
export type ReserveOutcome =
  | { readonly type: 'Reservation'; readonly reservation: ReservationView; readonly replayed: boolean }
  | { readonly type: 'SlotUnavailable'; readonly remaining: number; readonly message: string }
  | {
      readonly type: 'InvalidReservation';
      readonly reason: InvalidReason;
      readonly message: string;
      /** HOLD_LIMIT only: when the oldest blocking hold ends. */
      readonly retryAfterSeconds?: number;
    };

export const invalid = (reason: InvalidReason, message: string, retryAfterSeconds?: number): ReserveOutcome => ({
  type: 'InvalidReservation',
  reason,
  message,
  ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
});
