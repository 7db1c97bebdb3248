import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { activities, activitySessions, venues } from '../../db/schema/index.ts';
import type { WaitlistEmailContext } from './emails.ts';

/** A session with its activity and venue: what joining validates against and the emails describe. */
export async function loadSessionContext(db: DbOrTx, sessionId: string) {
  const [row] = await db
    .select({ session: activitySessions, activity: activities, venue: venues })
    .from(activitySessions)
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .innerJoin(venues, eq(venues.id, activities.venueId))
    .where(eq(activitySessions.id, sessionId));
  return row;
}

export type SessionContext = NonNullable<Awaited<ReturnType<typeof loadSessionContext>>>;

export const emailContext = (
  ctx: SessionContext,
  entry: { readonly email: string; readonly locale: string; readonly partySize: number },
): WaitlistEmailContext => ({
  to: entry.email,
  locale: entry.locale,
  partySize: entry.partySize,
  activityName: ctx.activity.name,
  venueName: ctx.venue.name,
  timezone: ctx.venue.timezone,
  startsAt: ctx.session.startsAt,
});

/** settings.bookingMode 'private': one party takes the whole session (sold out once anyone holds a seat). */
export const isPrivateActivity = (ctx: Pick<SessionContext, 'activity'>): boolean =>
  ctx.activity.settings.bookingMode === 'private';
