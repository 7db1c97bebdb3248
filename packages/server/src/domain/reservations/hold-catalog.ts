import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { activities, activityPrices, activitySessions, type ActivityPrice } from '../../db/schema/index.ts';
import type { PricingActivity } from './pricing.ts';

/** Everything a hold is priced and validated with, looked up by session id. */
export interface SessionCatalog {
  readonly sessionId: string;
  readonly activityId: string;
  readonly organizationId: string;
  readonly localDate: string;
  readonly startsAt: Date;
  readonly activity: PricingActivity;
  readonly prices: readonly ActivityPrice[];
}

/** What a session is and never stops being: its activity, organization, venue-local date and start. */
export interface SessionFacts {
  readonly activityId: string;
  readonly organizationId: string;
  readonly localDate: string;
  /** Never updated (a schedule change deletes and inserts sessions): the minimum notice is checked from a cache. */
  readonly startsAt: Date;
}

/** The part of an activity a hold is priced against; changes announce `activity:<id>` on the bus. */
export interface ActivityCatalog {
  readonly activity: PricingActivity;
  readonly prices: readonly ActivityPrice[];
}

/**
 * Where a hold finds its session's catalog. The process keeps one
 * (`services.holdPrices`, cache/hold-prices.ts); reserve_slot() re-checks
 * every price it was given, so a stale answer costs a retry, never a wrong price.
 */
export interface HoldPrices {
  /** Undefined when the session (or its activity) does not exist. `fresh` reads the activity from the database. */
  get(db: DbOrTx, sessionId: string, options?: { fresh?: boolean }): Promise<SessionCatalog | undefined>;
  /** A session reserve_slot() no longer found (deleted by a schedule change). */
  forget(sessionId: string): void;
}

export async function loadSessionFacts(db: DbOrTx, sessionId: string): Promise<SessionFacts | undefined> {
  if (!isUuid(sessionId)) return undefined;
  const [row] = await db
    .select({
      activityId: activitySessions.activityId,
      organizationId: activitySessions.organizationId,
      localDate: activitySessions.localDate,
      startsAt: activitySessions.startsAt,
    })
    .from(activitySessions)
    .where(eq(activitySessions.id, sessionId));
  return row;
}

export async function loadActivityCatalog(db: DbOrTx, activityId: string): Promise<ActivityCatalog | undefined> {
  const [row] = await db
    .select({
      status: activities.status,
      minParty: activities.minParty,
      maxParty: activities.maxParty,
      settings: activities.settings,
    })
    .from(activities)
    .where(eq(activities.id, activityId));
  if (!row) return undefined;
  const prices = await db
    .select()
    .from(activityPrices)
    .where(and(eq(activityPrices.activityId, activityId), eq(activityPrices.active, true)))
    .orderBy(asc(activityPrices.createdAt));
  // Read directly: the full settings schema is the schedule's business, only these flags matter here.
  const requiresWaiver = row.settings?.requiresWaiver === true;
  const minAge = typeof row.settings?.minAge === 'number' ? row.settings.minAge : null;
  const minNoticeMinutes = typeof row.settings?.minNoticeMinutes === 'number' ? row.settings.minNoticeMinutes : 0;
  const bookingMode = row.settings?.bookingMode === 'private' ? 'private' : 'shared';
  return {
    activity: {
      status: row.status,
      minParty: row.minParty,
      maxParty: row.maxParty,
      requiresWaiver,
      minAge,
      minNoticeMinutes,
      bookingMode,
    },
    prices,
  };
}
