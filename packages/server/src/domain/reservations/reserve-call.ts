import { sql } from 'drizzle-orm';
import { queryRowsPrepared, type DbOrTx } from '../../db/client.ts';
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
}

/** One round trip (prepared: see queryRowsPrepared): the whole hold runs inside the PL/pgSQL function. */
export async function callReserveSlot(db: DbOrTx, call: ReserveSlotCall): Promise<ReserveSlotAnswer> {
  const rows = await queryRowsPrepared<{ result: unknown }>(
    db,
    'reserve_slot',
    sql`select reserve_slot(${call.sessionId}::uuid, ${call.partySize}::int, ${JSON.stringify(call.tickets)}::jsonb,
      ${call.totalCents}::int, ${call.currency}::text, ${call.email}::text, ${call.idempotencyKey}::text,
      ${call.requestHash}::text, ${call.clientIp}::text, ${call.waiverAccepted}::boolean,
      ${call.minAgeAccepted ?? false}::boolean, ${call.locale ?? 'en'}::text, ${call.now.toISOString()}::timestamptz,
      ${call.holdMinutes}::int, ${call.holdsPerEmail}::int, ${call.holdsPerIp}::int) as result`,
  );
  return decodeReserveSlotAnswer(rows[0]?.result);
}
