import { sql } from 'drizzle-orm';
import { queryRowsPrepared, type DbOrTx } from '../../db/client.ts';
import type { ReservedTicket } from '../../db/schema/index.ts';
import type { ReservationStatus, ReservationView } from './types.ts';

export interface ReserveSlotCall {
  readonly sessionId: string;
  readonly partySize: number;
  readonly tickets: readonly ReservedTicket[];
  readonly totalCents: number;
  readonly currency: string;
  readonly email: string;
  readonly idempotencyKey: string;
  readonly requestHash: string;
  readonly clientIp: string | null;
  readonly waiverAccepted: boolean;
  /** @default false */
  readonly minAgeAccepted?: boolean;
  /** @default 'en' */
  readonly locale?: string;
  readonly now: Date;
  readonly holdMinutes: number;
  /** 0 = no limit. */
  readonly holdsPerEmail: number;
  /** 0 = no limit. */
  readonly holdsPerIp: number;
}

interface ReservationJson {
  id: string;
  session_id: string;
  party_size: number;
  status: ReservationStatus;
  expires_at: string;
  total_cents: number;
  currency: string;
  request_hash: string;
}

/** What reserve_slot() answered (see migration 0001_reserve_slot.sql). */
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
  | { readonly outcome: 'closed' | 'started'; readonly expiredCheckoutIds: string[] }
  | { readonly outcome: 'not_found' | 'stale_prices' | 'idempotency_conflict' };

export const toReservationView = (r: ReservationJson): ReservationView => ({
  id: r.id,
  sessionId: r.session_id,
  partySize: r.party_size,
  status: r.status,
  expiresAt: new Date(r.expires_at),
  totalCents: r.total_cents,
  currency: r.currency,
});

/** One round trip (prepared: see queryRowsPrepared): the whole hold runs inside the PL/pgSQL function. */
export async function callReserveSlot(db: DbOrTx, call: ReserveSlotCall): Promise<ReserveSlotAnswer> {
  const [row] = await queryRowsPrepared<{ result: Record<string, any> }>(
    db,
    'reserve_slot',
    sql`select reserve_slot(${call.sessionId}::uuid, ${call.partySize}::int, ${JSON.stringify(call.tickets)}::jsonb,
      ${call.totalCents}::int, ${call.currency}::text, ${call.email}::text, ${call.idempotencyKey}::text,
      ${call.requestHash}::text, ${call.clientIp}::text, ${call.waiverAccepted}::boolean, ${call.minAgeAccepted ?? false}::boolean, ${call.locale ?? 'en'}::text, ${call.now.toISOString()}::timestamptz,
      ${call.holdMinutes}::int, ${call.holdsPerEmail}::int, ${call.holdsPerIp}::int) as result`,
  );
  const r = row!.result;
  const expiredCheckoutIds = (r.expired_checkout_ids ?? []) as string[];
  switch (r.outcome) {
    case 'reserved':
    case 'existing':
      return {
        outcome: r.outcome,
        reservation: toReservationView(r.reservation),
        remaining: r.remaining,
        expiredCheckoutIds,
      };
    case 'unavailable':
      return { outcome: 'unavailable', remaining: r.remaining, expiredCheckoutIds };
    case 'hold_limit':
      return {
        outcome: 'hold_limit',
        limit: r.limit,
        retryAt: r.retry_at ? new Date(r.retry_at) : null,
        expiredCheckoutIds,
      };
    case 'closed':
    case 'started':
      return { outcome: r.outcome, expiredCheckoutIds };
    default:
      return { outcome: r.outcome };
  }
}
