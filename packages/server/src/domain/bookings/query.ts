import { and, asc, count, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../db/client.ts';
import {
  activities,
  activitySessions,
  bookings,
  customers,
  type Booking,
  type Customer,
} from '../../db/schema/index.ts';
import { badInput, notFound } from '../../errors.ts';
import { isUuid } from '../../db/ids.ts';
import { loadAdminSessions, type AdminSessionView } from '../schedule/sessions-view.ts';
import { parseInput } from '../parse-input.ts';

export interface AdminBookingView {
  readonly booking: Booking;
  readonly customer: Pick<Customer, 'id' | 'email' | 'name' | 'phone'>;
  readonly session: AdminSessionView;
  readonly activityName: string;
}

export interface BookingFilter {
  from?: string | null;
  to?: string | null;
  status?: 'confirmed' | 'cancelled' | 'refunded' | null;
  activityId?: string | null;
  venueId?: string | null;
  /** Part of the booking number, the customer's email or name, case-insensitive. */
  search?: string | null;
}

export interface BookingPage {
  readonly nodes: readonly AdminBookingView[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

const NO_ROW = '00000000-0000-0000-0000-000000000000';
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

/**
 * The cursor is opaque to clients: base64url of [created_at with microseconds
 * as text, id]. Text, not a JS Date, because a Date would drop the
 * microseconds and skip or repeat rows created in the same millisecond.
 */
export const encodeCursor = (createdAt: string, id: string): string =>
  Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');

export function decodeCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof createdAt === 'string' &&
      /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(createdAt) &&
      typeof id === 'string' &&
      isUuid(id)
    ) {
      return { createdAt, id };
    }
  } catch {
    // fall through: any malformed cursor is the same input error
  }
  throw badInput('after is not a cursor this API returned', { field: 'after' });
}

const createdAtText = sql<string>`to_char(${bookings.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function filterSql(organizationId: string, filter: BookingFilter): SQL[] {
  const where: SQL[] = [eq(bookings.organizationId, organizationId)];
  if (filter.from) where.push(gte(activitySessions.localDate, parseInput(isoDate, filter.from)));
  if (filter.to) where.push(lte(activitySessions.localDate, parseInput(isoDate, filter.to)));
  if (filter.status) where.push(eq(bookings.status, filter.status));
  // Another organization's (or a malformed) id simply matches nothing.
  if (filter.activityId)
    where.push(eq(activitySessions.activityId, isUuid(filter.activityId) ? filter.activityId : NO_ROW));
  if (filter.venueId) where.push(eq(activities.venueId, isUuid(filter.venueId) ? filter.venueId : NO_ROW));
  const search = filter.search?.trim();
  if (search) {
    // The text is matched literally: LIKE's wildcards and escape character are escaped.
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      or(ilike(bookings.bookingNumber, pattern), ilike(customers.email, pattern), ilike(customers.name, pattern))!,
    );
  }
  return where;
}

/** The contact a booking was made with (its own copy; the customer row only for bookings older than that copy). */
const bookingContact = {
  id: customers.id,
  email: sql<string>`coalesce(${bookings.customerEmail}, ${customers.email})`,
  name: sql<string | null>`coalesce(${bookings.customerName}, ${customers.name})`,
  phone: sql<string | null>`coalesce(${bookings.customerPhone}, ${customers.phone})`,
};

function baseQuery(tx: Tx) {
  return tx
    .select({ booking: bookings, customer: bookingContact, activityName: activities.name, cursorTime: createdAtText })
    .from(bookings)
    .innerJoin(customers, eq(customers.id, bookings.customerId))
    .innerJoin(activitySessions, eq(activitySessions.id, bookings.sessionId))
    .innerJoin(activities, eq(activities.id, activitySessions.activityId));
}

type BaseRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['where']>>[number];

async function withSessions(tx: Tx, organizationId: string, rows: readonly BaseRow[]): Promise<AdminBookingView[]> {
  const sessions = new Map(
    (
      await loadAdminSessions(
        tx,
        organizationId,
        rows.map((r) => r.booking.sessionId),
      )
    ).map((s) => [s.session.id, s]),
  );
  return rows.map((r) => ({
    booking: r.booking,
    customer: r.customer,
    activityName: r.activityName,
    session: sessions.get(r.booking.sessionId)!,
  }));
}

/** Newest first; `after` continues from a previous page's endCursor. */
export async function listBookings(
  tx: Tx,
  organizationId: string,
  args: { filter?: BookingFilter | null; first?: number | null; after?: string | null },
): Promise<BookingPage> {
  const first = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
    throw badInput(`first must be between 1 and ${MAX_PAGE}`, { field: 'first' });
  const where = filterSql(organizationId, args.filter ?? {});
  const [total] = await tx
    .select({ n: count() })
    .from(bookings)
    .innerJoin(customers, eq(customers.id, bookings.customerId))
    .innerJoin(activitySessions, eq(activitySessions.id, bookings.sessionId))
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(and(...where));
  const page = [...where];
  if (args.after) {
    const c = decodeCursor(args.after);
    page.push(sql`(${bookings.createdAt}, ${bookings.id}) < (${c.createdAt}::timestamptz, ${c.id}::uuid)`);
  }
  const rows = await baseQuery(tx)
    .where(and(...page))
    .orderBy(desc(bookings.createdAt), desc(bookings.id))
    .limit(first + 1);
  const visible = rows.slice(0, first);
  const last = visible.at(-1);
  return {
    nodes: await withSessions(tx, organizationId, visible),
    endCursor: last ? encodeCursor(last.cursorTime, last.booking.id) : null,
    hasNextPage: rows.length > first,
    totalCount: total?.n ?? 0,
  };
}

/** Exactly one of id / bookingNumber; another organization's booking is NOT_FOUND. */
export async function findBooking(
  tx: Tx,
  organizationId: string,
  by: { id?: string | null; bookingNumber?: string | null },
): Promise<AdminBookingView> {
  if (!by.id === !by.bookingNumber) throw badInput('Pass exactly one of id or bookingNumber');
  if (by.id && !isUuid(by.id)) throw notFound('Booking');
  const match = by.id ? eq(bookings.id, by.id) : eq(bookings.bookingNumber, by.bookingNumber!.trim());
  const rows = await baseQuery(tx).where(and(eq(bookings.organizationId, organizationId), match));
  if (rows.length === 0) throw notFound('Booking');
  return (await withSessions(tx, organizationId, rows))[0]!;
}

export async function loadBookingsByIds(
  tx: Tx,
  organizationId: string,
  ids: readonly string[],
): Promise<AdminBookingView[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  const rows = await baseQuery(tx).where(and(eq(bookings.organizationId, organizationId), inArray(bookings.id, valid)));
  return withSessions(tx, organizationId, rows);
}

/** Confirmed bookings whose session has not started yet, soonest first. */
export async function upcomingBookings(
  tx: Tx,
  organizationId: string,
  limit: number | null | undefined,
  now: Date,
): Promise<AdminBookingView[]> {
  const n = limit ?? 10;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE)
    throw badInput(`limit must be between 1 and ${MAX_PAGE}`, { field: 'limit' });
  const rows = await baseQuery(tx)
    .where(
      and(
        eq(bookings.organizationId, organizationId),
        eq(bookings.status, 'confirmed'),
        gte(activitySessions.startsAt, now),
      ),
    )
    .orderBy(asc(activitySessions.startsAt), asc(bookings.createdAt))
    .limit(n);
  return withSessions(tx, organizationId, rows);
}
