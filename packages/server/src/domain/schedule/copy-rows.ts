import { OrderedIds } from './ordered-ids.ts';
import { dayNumber } from '@slotkit/core/schedule';

/** Milliseconds from 1970-01-01 to PostgreSQL's binary epoch, 2000-01-01. */
const PG_EPOCH_MS = 946_684_800_000;
const PG_EPOCH_DAY = 10_957;
const TWO_32 = 2 ** 32;
/** Signature, flags, header-extension length. */
const HEADER = Buffer.from('PGCOPY\n\xff\r\n\0\0\0\0\0\0\0\0\0', 'latin1');

/** The columns an encoded row fills, in order. */
export const COPY_COLUMNS =
  'id, activity_id, organization_id, starts_at, ends_at, local_date, capacity_total, capacity_remaining';

// One row: field count, then (int32 length, value) per column: uuid ×3, timestamptz ×2, date, int4 ×2.
const ID = 2 + 4;
const ACTIVITY = ID + 16 + 4;
const ORGANIZATION = ACTIVITY + 16 + 4;
const STARTS = ORGANIZATION + 16 + 4;
const ENDS = STARTS + 8 + 4;
const DATE = ENDS + 8 + 4;
const CAPACITY_TOTAL = DATE + 4 + 4;
const CAPACITY_REMAINING = CAPACITY_TOTAL + 4 + 4;
const ROW_BYTES = CAPACITY_REMAINING + 4;

export interface SessionRows {
  readonly activityId: string;
  readonly organizationId: string;
  readonly capacity: number;
  readonly durationMinutes: number;
  /** Start instants, epoch ms, ascending. */
  readonly startsMs: readonly number[];
  /** Venue-local YYYY-MM-DD of each start. */
  readonly localDates: readonly string[];
}

/** The constant part of every row: lengths, activity, organization, capacities. */
function rowTemplate(rows: SessionRows): Buffer {
  const row = Buffer.alloc(ROW_BYTES);
  row.writeInt16BE(8, 0);
  for (const [at, length] of [
    [ID, 16],
    [ACTIVITY, 16],
    [ORGANIZATION, 16],
    [STARTS, 8],
    [ENDS, 8],
    [DATE, 4],
    [CAPACITY_TOTAL, 4],
    [CAPACITY_REMAINING, 4],
  ] as const) {
    row.writeInt32BE(length, at - 4);
  }
  Buffer.from(rows.activityId.replace(/-/g, ''), 'hex').copy(row, ACTIVITY);
  Buffer.from(rows.organizationId.replace(/-/g, ''), 'hex').copy(row, ORGANIZATION);
  row.writeInt32BE(rows.capacity, CAPACITY_TOTAL);
  row.writeInt32BE(rows.capacity, CAPACITY_REMAINING);
  return row;
}

/**
 * activity_sessions rows in PostgreSQL's binary COPY format, each with a fresh
 * time-ordered id (ordered-ids.ts).
 * Binary, because the server then parses nothing: a timestamptz is 8 bytes.
 */
export function encodeSessionRows(rows: SessionRows, nowMs = Date.now()): Buffer {
  const n = rows.startsMs.length;
  const body = HEADER.length;
  const buf = Buffer.allocUnsafe(body + n * ROW_BYTES + 2);
  HEADER.copy(buf, 0);
  // Copy the template once, then double what is filled until every row has it.
  if (n > 0) rowTemplate(rows).copy(buf, body);
  for (let filled = ROW_BYTES, total = n * ROW_BYTES; filled < total; filled *= 2) {
    buf.copyWithin(body + filled, body, body + Math.min(filled, total - filled));
  }
  buf.writeInt16BE(-1, body + n * ROW_BYTES);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const ids = new OrderedIds(n, nowMs);
  const durationUs = rows.durationMinutes * 60_000_000;
  const epochDays = new Map<string, number>();
  for (let i = 0, o = body; i < n; i++, o += ROW_BYTES) {
    ids.write(view, o + ID, i);
    const startUs = (rows.startsMs[i]! - PG_EPOCH_MS) * 1000;
    setInt64(view, o + STARTS, startUs);
    setInt64(view, o + ENDS, startUs + durationUs);
    const date = rows.localDates[i]!;
    let days = epochDays.get(date);
    if (days === undefined) epochDays.set(date, (days = dayNumber(date) - PG_EPOCH_DAY));
    view.setInt32(o + DATE, days);
  }
  return buf;
}

/** A signed 64-bit big-endian integer from a safe JS integer (no BigInt per row). */
function setInt64(view: DataView, o: number, value: number): void {
  const high = Math.floor(value / TWO_32);
  view.setInt32(o, high);
  view.setUint32(o + 4, value - high * TWO_32);
}
