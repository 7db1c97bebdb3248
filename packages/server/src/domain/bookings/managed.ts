import { activitySettingsSchema } from '@slotkit/core/settings';
import { and, asc, eq, gt, gte, ne } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client.ts';
import { activities, activitySessions, bookings, venues, type Booking } from '../../db/schema/index.ts';
import { badInput, notFound } from '../../errors.ts';
import { enqueue } from '../../outbox/outbox.ts';
import { lockBooking } from './lock-booking.ts';
import { queueBookingEmail } from './change-emails.ts';
import { cancelBookingInTx } from './cancel.ts';
import { bookingOfToken } from './manage-token.ts';
import { restoreGiftCard } from '../gift-cards/ledger.ts';
import { rescheduleBooking } from './reschedule.ts';

const HOUR = 3_600_000;

/** What the customer may do now under the activity's policy (settings.cancellation / reschedule). */
export interface ManagePolicy {
  readonly cancellation: { allowed: boolean; freeUntilHours: number; refundPercentAfter: number };
  readonly reschedule: { allowed: boolean; untilHours: number };
  readonly minNoticeMinutes: number;
  readonly canCancel: boolean;
  readonly canReschedule: boolean;
  /**
   * What cancelling now gives back through Stripe: everything before freeUntilHours, refundPercentAfter %
   * after, 0 unpaid — of the part not paid by gift card.
   */
  readonly refundCentsIfCancelled: number;
  /** The share of the gift card part cancelling now restores to the card (the same share as the refund). */
  readonly giftCardShareIfCancelled: { readonly numerator: number; readonly denominator: number };
}

/** Pure: the policy applied to a booking at `now`. */
export function managePolicy(rawSettings: unknown, booking: Booking, startsAt: Date, now: Date): ManagePolicy {
  const parsed = activitySettingsSchema.safeParse(rawSettings);
  const settings = parsed.success
    ? parsed.data
    : {
        cancellation: { allowed: false, freeUntilHours: 0, refundPercentAfter: 0 },
        reschedule: { allowed: false, untilHours: 0 },
        minNoticeMinutes: 0,
      };
  const lead = startsAt.getTime() - now.getTime();
  const live = booking.status === 'confirmed' && lead > 0;
  const paid = booking.payment === 'unpaid' ? 0 : booking.totalCents - booking.giftCardCents;
  const percent = lead >= settings.cancellation.freeUntilHours * HOUR ? 100 : settings.cancellation.refundPercentAfter;
  const refund = percent === 100 ? paid : Math.floor((paid * percent) / 100);
  return {
    cancellation: settings.cancellation,
    reschedule: settings.reschedule,
    minNoticeMinutes: settings.minNoticeMinutes,
    canCancel: live && settings.cancellation.allowed,
    canReschedule: live && settings.reschedule.allowed && lead >= settings.reschedule.untilHours * HOUR,
    refundCentsIfCancelled: live ? refund : 0,
    giftCardShareIfCancelled: { numerator: live ? percent : 0, denominator: 100 },
  };
}

export interface ManagedBookingView {
  readonly booking: Booking;
  readonly session: typeof activitySessions.$inferSelect;
  readonly activityName: string;
  readonly venue: typeof venues.$inferSelect;
  readonly policy: ManagePolicy;
}

/** The booking a manage token names, with its policy now; NOT_FOUND for any unknown or malformed token. */
export async function loadManagedBooking(db: DbOrTx, token: string, now: Date): Promise<ManagedBookingView> {
  const found = await bookingOfToken(db, token);
  if (!found) throw notFound('Booking');
  return viewOf(db, found, now);
}

async function viewOf(db: DbOrTx, booking: Booking, now: Date): Promise<ManagedBookingView> {
  const [row] = await db
    .select({ session: activitySessions, activity: activities, venue: venues })
    .from(activitySessions)
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .innerJoin(venues, eq(venues.id, activities.venueId))
    .where(eq(activitySessions.id, booking.sessionId));
  if (!row) throw notFound('Booking');
  const policy = managePolicy(row.activity.settings, booking, row.session.startsAt, now);
  return { booking, session: row.session, activityName: row.activity.name, venue: row.venue, policy };
}

interface ManageServices {
  readonly db: Database;
  readonly now: () => Date;
  readonly publicUrl: string;
  deliver(ids: readonly string[]): Promise<void>;
}

/**
 * The customer cancels within settings.cancellation: the seats go back, the
 * refund the policy gives is queued (Stripe, through the outbox, retried,
 * once per booking by its Idempotency-Key) and the cancellation email says
 * how much. Locks session → reservation → booking. BAD_USER_INPUT outside the policy.
 */
export async function cancelManagedBooking(services: ManageServices, token: string): Promise<ManagedBookingView> {
  const found = await bookingOfToken(services.db, token);
  if (!found) throw notFound('Booking');
  const now = services.now();
  const { view, outboxIds } = await services.db.transaction(async (tx) => {
    const booking = await lockBooking(tx, eq(bookings.id, found.id));
    if (!booking) throw notFound('Booking');
    const current = await viewOf(tx, booking, now);
    if (!current.policy.canCancel) throw badInput('This booking can no longer be cancelled online', { field: 'token' });
    const refundCents = current.policy.refundCentsIfCancelled;
    const pi = booking.stripePaymentIntentId;
    const refunds = refundCents > 0 && pi !== null;
    const ended = await cancelBookingInTx(tx, booking, refunds ? 'refunded' : 'cancelled');
    // The gift card part comes back in the same share as the Stripe part (after the booking row: lock order).
    await restoreGiftCard(tx, booking.id, current.policy.giftCardShareIfCancelled);
    const ids: string[] = [];
    if (refunds) {
      ids.push(
        await enqueue(tx, booking.organizationId, {
          kind: 'stripe_refund',
          payload: {
            paymentIntentId: pi,
            idempotencyKey: `refund-booking-${booking.id}`,
            bookingId: booking.id,
            ...(refundCents < booking.totalCents - booking.giftCardCents ? { amountCents: refundCents } : {}),
          },
        }),
      );
    }
    ids.push(
      await queueBookingEmail(tx, ended, 'cancelled', {
        publicUrl: services.publicUrl,
        refundCents: refunds ? refundCents : 0,
      }),
    );
    return { view: await viewOf(tx, ended, now), outboxIds: ids };
  });
  await services.deliver(outboxIds);
  return view;
}

/** The customer moves to another session of the activity within settings.reschedule and the minimum notice. */
export async function rescheduleManagedBooking(
  services: ManageServices,
  token: string,
  sessionId: string,
): Promise<ManagedBookingView> {
  const now = services.now();
  const current = await loadManagedBooking(services.db, token, now);
  if (!current.policy.canReschedule)
    throw badInput('This booking can no longer be rescheduled online', { field: 'token' });
  const { booking, emailId } = await rescheduleBooking(services.db, {
    organizationId: current.booking.organizationId,
    bookingId: current.booking.id,
    sessionId,
    now,
    publicUrl: services.publicUrl,
    minNoticeMinutes: current.policy.minNoticeMinutes,
  });
  if (emailId) await services.deliver([emailId]);
  return viewOf(services.db, booking, now);
}

/** Sessions the booking may move to: open, of the same activity, beyond the notice, with room; soonest 40. */
export async function rescheduleOptions(db: DbOrTx, view: ManagedBookingView, now: Date) {
  const earliest = new Date(now.getTime() + view.policy.minNoticeMinutes * 60_000);
  const rows = await db
    .select({
      id: activitySessions.id,
      startsAt: activitySessions.startsAt,
      remaining: activitySessions.capacityRemaining,
    })
    .from(activitySessions)
    .where(
      and(
        eq(activitySessions.activityId, view.session.activityId),
        eq(activitySessions.status, 'open'),
        gt(activitySessions.startsAt, earliest),
        gte(activitySessions.capacityRemaining, view.booking.partySize),
        ne(activitySessions.id, view.session.id),
      ),
    )
    .orderBy(asc(activitySessions.startsAt))
    .limit(40);
  return rows;
}
