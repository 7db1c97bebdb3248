import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/client.ts';
import { bookings, type Booking } from '../../db/schema/index.ts';
import { eq } from 'drizzle-orm';
import { queueBookingEmail } from './change-emails.ts';

/** At most this many reminders per run; the next run takes the rest. */
const BATCH = 50;

/**
 * Queues the reminder of every confirmed booking whose session starts within
 * its activity's `reminderHours` (0 = none) and has had none yet, marking
 * `reminder_sent_at` in the same transaction as the outbox row: exactly one
 * per booking. `FOR UPDATE SKIP LOCKED` lets many instances run this at once
 * without taking the same booking (only booking rows are locked: no capacity
 * moves). A reschedule clears the mark, so the new time gets its reminder.
 * Returns the outbox ids to deliver after commit.
 */
export async function queueDueReminders(db: Database, now: Date, publicUrl: string): Promise<string[]> {
  return db.transaction(async (tx) => {
    const due = await queryRows<{ id: string }>(
      tx,
      sql`select b.id from bookings b
          join activity_sessions s on s.id = b.session_id
          join activities a on a.id = s.activity_id
          where b.status = 'confirmed' and b.reminder_sent_at is null
            and coalesce((a.settings->>'reminderHours')::int, 24) > 0
            and s.starts_at > ${now.toISOString()}::timestamptz
            and s.starts_at <= ${now.toISOString()}::timestamptz
              + coalesce((a.settings->>'reminderHours')::int, 24) * interval '1 hour'
          order by s.starts_at
          limit ${BATCH}
          for update of b skip locked`,
    );
    const ids: string[] = [];
    for (const { id } of due) {
      const [booking] = (await tx
        .update(bookings)
        .set({ reminderSentAt: now })
        .where(eq(bookings.id, id))
        .returning()) as Booking[];
      ids.push(await queueBookingEmail(tx, booking!, 'reminder', { publicUrl }));
    }
    return ids;
  });
}
