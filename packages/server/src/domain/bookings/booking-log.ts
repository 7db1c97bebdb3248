import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { outbox, type Booking } from '../../db/schema/index.ts';

type BookingTimes = Pick<Booking, 'createdAt' | 'cancelledAt' | 'status'>;

export interface BookingEmailView {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly queuedAt: Date;
  readonly sentAt: Date | null;
  readonly attempts: number;
  readonly lastError: string | null;
}

export type BookingEventKind = 'booked' | 'email_sent' | 'email_pending' | 'cancelled' | 'refunded';

export interface BookingEventView {
  readonly at: Date;
  readonly kind: BookingEventKind;
  readonly detail: string | null;
}

/**
 * The emails about one booking: outbox rows of its organization sent to the customer's address
 * whose text names the booking number (every customer email quotes it). Matching on the message
 * rather than a booking column keeps every sender (confirmation, refund, later kinds) in the log
 * without each having to tag its rows.
 */
export async function bookingEmails(
  tx: Tx,
  organizationId: string,
  booking: { readonly bookingNumber: string; readonly customerEmail: string },
): Promise<BookingEmailView[]> {
  const rows = await tx
    .select({
      id: outbox.id,
      to: sql<string>`${outbox.payload}->>'to'`,
      subject: sql<string>`coalesce(${outbox.payload}->>'subject', '')`,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
      attempts: outbox.attempts,
      lastError: outbox.lastError,
    })
    .from(outbox)
    .where(
      and(
        eq(outbox.organizationId, organizationId),
        eq(outbox.kind, 'email'),
        sql`lower(${outbox.payload}->>'to') = lower(${booking.customerEmail})`,
        sql`strpos(${outbox.payload}->>'text', ${booking.bookingNumber}) > 0`,
      ),
    )
    .orderBy(asc(outbox.createdAt), asc(outbox.id));
  return rows.map((r) => ({ ...r, queuedAt: r.createdAt }));
}

/** The booking's story from its own row and its emails, oldest first. */
export function bookingHistory(booking: BookingTimes, emails: readonly BookingEmailView[]): BookingEventView[] {
  const events: BookingEventView[] = [{ at: booking.createdAt, kind: 'booked', detail: null }];
  for (const e of emails) {
    events.push(
      e.sentAt
        ? { at: e.sentAt, kind: 'email_sent', detail: e.subject }
        : { at: e.queuedAt, kind: 'email_pending', detail: e.subject },
    );
  }
  if (booking.cancelledAt && booking.status !== 'confirmed')
    events.push({ at: booking.cancelledAt, kind: booking.status, detail: null });
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}
