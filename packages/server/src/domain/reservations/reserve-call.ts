import { fixedStatement, type DbOrTx } from '../../db/client.ts';
import type { ReservedTicket } from '../../db/schema/index.ts';
import { decodeReserveSlotAnswer, type ReserveSlotAnswer } from './reserve-answer.ts';

export type { ReserveSlotAnswer };

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
  /** settings.bookingMode 'private': the hold takes the whole session. @default false */
  readonly wholeSession?: boolean;
  /** The code whose redemption this hold reserves (re-checked under its row lock). */
  readonly promoCodeId?: string | null;
  /** @default 0; totalCents is already net of it. */
  readonly discountCents?: number;
}

// One round trip, prepared (db/client.ts fixedStatement): the whole hold runs inside the PL/pgSQL function.
const reserveSlotStatement = fixedStatement<{ result: unknown }>(
  'reserve_slot',
  `select reserve_slot($1::uuid, $2::int, $3::jsonb, $4::int, $5::text, $6::text, $7::text, $8::text, $9::text,
    $10::boolean, $11::boolean, $12::text, $13::timestamptz, $14::int, $15::int, $16::int,
    $17::boolean, $18::uuid, $19::int) as result`,
);

export async function callReserveSlot(db: DbOrTx, call: ReserveSlotCall): Promise<ReserveSlotAnswer> {
  const rows = await reserveSlotStatement(db, [
    call.sessionId,
    call.partySize,
    JSON.stringify(call.tickets),
    call.totalCents,
    call.currency,
    call.email,
    call.idempotencyKey,
    call.requestHash,
    call.clientIp,
    call.waiverAccepted,
    call.minAgeAccepted ?? false,
    call.locale ?? 'en',
    call.now.toISOString(),
    call.holdMinutes,
    call.holdsPerEmail,
    call.holdsPerIp,
    call.wholeSession ?? false,
    call.promoCodeId ?? null,
    call.discountCents ?? 0,
  ]);
  return decodeReserveSlotAnswer(rows[0]?.result);
}
