import type { ReservationStatus, ReservationView } from './types.ts';

/**
 * The SQL contract of a hold, TypeScript side: what `reserve_slot()` (migrations 0001/0010) answers, decoded
 * and checked field by field. A migration that renames or drops a field fails here, loudly, at the first hold
 * (and in test/reservations/reserve-answer.unit.test.ts), never as a silent `undefined` further down.
 */
export type ReserveSlotAnswer =
  | {
      readonly outcome: 'reserved' | 'existing';
      readonly reservation: ReservationView;
      readonly remaining?: number;
      readonly expiredCheckoutIds: string[];
    }
  | { readonly outcome: 'unavailable'; readonly remaining: number; readonly expiredCheckoutIds: string[] }
  | {
      readonly outcome: 'hold_limit';
      readonly limit: 'email' | 'ip';
      readonly retryAt: Date | null;
      readonly expiredCheckoutIds: string[];
    }
  | { readonly outcome: 'closed' | 'started' | 'promo_invalid'; readonly expiredCheckoutIds: string[] }
  | { readonly outcome: 'not_found' | 'stale_prices' | 'idempotency_conflict' };

/** A reservation row as reserve_slot() spells it (snake_case JSON). */
export interface ReservationJson {
  id: string;
  session_id: string;
  party_size: number;
  status: ReservationStatus;
  expires_at: string;
  total_cents: number;
  discount_cents: number;
  currency: string;
  request_hash: string;
}

/** reserve_slot() answered something this code does not understand: a contract break between SQL and TypeScript. */
export class ReserveSlotContractError extends Error {
  constructor(detail: string) {
    super(`reserve_slot() answer breaks its contract: ${detail}`);
    this.name = 'ReserveSlotContractError';
  }
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function field<T>(o: Json, key: string, check: (v: unknown) => v is T, what: string): T {
  const v = o[key];
  if (!check(v)) throw new ReserveSlotContractError(`${key} is not ${what} (${JSON.stringify(v)})`);
  return v;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isInt = (v: unknown): v is number => Number.isInteger(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isStatus = (v: unknown): v is ReservationStatus =>
  v === 'held' || v === 'confirmed' || v === 'released' || v === 'expired';
const isLimit = (v: unknown): v is 'email' | 'ip' => v === 'email' || v === 'ip';

export function decodeReservation(v: unknown): ReservationView {
  if (!isObject(v)) throw new ReserveSlotContractError('reservation is not an object');
  return {
    id: field(v, 'id', isString, 'a string'),
    sessionId: field(v, 'session_id', isString, 'a string'),
    partySize: field(v, 'party_size', isInt, 'an integer'),
    status: field(v, 'status', isStatus, 'a reservation status'),
    expiresAt: new Date(field(v, 'expires_at', isString, 'a timestamp')),
    totalCents: field(v, 'total_cents', isInt, 'an integer'),
    currency: field(v, 'currency', isString, 'a string'),
    discountCents: field(v, 'discount_cents', isInt, 'an integer'),
  };
}

/** Decodes reserve_slot()'s jsonb answer into the typed union; throws ReserveSlotContractError on anything else. */
export function decodeReserveSlotAnswer(answer: unknown): ReserveSlotAnswer {
  if (!isObject(answer)) throw new ReserveSlotContractError('the answer is not an object');
  const outcome = field(answer, 'outcome', isString, 'a string');
  const expiredCheckoutIds =
    answer.expired_checkout_ids == null ? [] : field(answer, 'expired_checkout_ids', isStringArray, 'a list of ids');
  switch (outcome) {
    case 'reserved':
    case 'existing':
      return {
        outcome,
        reservation: decodeReservation(answer.reservation),
        ...(answer.remaining == null ? {} : { remaining: field(answer, 'remaining', isInt, 'an integer') }),
        expiredCheckoutIds,
      };
    case 'unavailable':
      return { outcome, remaining: field(answer, 'remaining', isInt, 'an integer'), expiredCheckoutIds };
    case 'hold_limit': {
      const retryAt = answer.retry_at == null ? null : new Date(field(answer, 'retry_at', isString, 'a timestamp'));
      return { outcome, limit: field(answer, 'limit', isLimit, "'email' or 'ip'"), retryAt, expiredCheckoutIds };
    }
    case 'closed':
    case 'started':
    case 'promo_invalid':
      return { outcome, expiredCheckoutIds };
    case 'not_found':
    case 'stale_prices':
    case 'idempotency_conflict':
      return { outcome };
    default:
      throw new ReserveSlotContractError(`unknown outcome ${JSON.stringify(outcome)}`);
  }
}
