import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { notFound } from '../../errors.ts';
import { loadAdminSessions, type AdminSessionView } from '../schedule/sessions-view.ts';
import { createActivity, updateActivity, type ActivityWrite } from './activities.ts';
import { dryRun } from './dry-run.ts';

/** A session as a preview names it: it may exist only inside the rolled-back dry run. */
export interface PreviewSession {
  readonly id: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly localDate: string;
  readonly localStartTime: string;
}

/** What saving an activity would do to its sessions, worked out before anything is saved. */
export interface ActivityChangePreview {
  readonly addedCount: number;
  readonly removedCount: number;
  /** The first PREVIEW_LIST_LIMIT added sessions, in start order. */
  readonly added: readonly PreviewSession[];
  /** The first PREVIEW_LIST_LIMIT removed sessions, in start order. */
  readonly removed: readonly PreviewSession[];
  /** Sessions off the new schedule that hold reservations or bookings: they stay (every one is listed). */
  readonly kept: readonly AdminSessionView[];
}

/** Enough to read in a dialog; the counts say how many more there are. */
export const PREVIEW_LIST_LIMIT = 100;

/**
 * Sessions that regeneration may touch: generation starts at the venue-local
 * today, so two days back covers every zone.
 */
async function recentSessions(tx: Tx, activityId: string, now: Date): Promise<PreviewSession[]> {
  const rows = await queryRows<{
    id: string;
    starts_at: string;
    ends_at: string;
    local_date: string;
    local_start_time: string;
  }>(
    tx,
    sql`select s.id, s.starts_at::text as starts_at, s.ends_at::text as ends_at, s.local_date::text as local_date,
               to_char(s.starts_at at time zone v.timezone, 'HH24:MI') as local_start_time
        from activity_sessions s join activities a on a.id = s.activity_id join venues v on v.id = a.venue_id
        where s.activity_id = ${activityId}::uuid
          and s.starts_at > ${now.toISOString()}::timestamptz - interval '2 days'
        order by s.starts_at`,
  );
  return rows.map((r) => ({
    id: r.id,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    localDate: r.local_date,
    localStartTime: r.local_start_time,
  }));
}

function difference(from: readonly PreviewSession[], minus: readonly PreviewSession[]): PreviewSession[] {
  const ids = new Set(minus.map((s) => s.id));
  return from.filter((s) => !ids.has(s.id));
}

async function previewOf(
  tx: Tx,
  organizationId: string,
  activityId: string | null,
  write: (savepoint: Tx) => Promise<ActivityWrite>,
  now: Date,
): Promise<ActivityChangePreview> {
  const before = activityId ? await recentSessions(tx, activityId, now) : [];
  const { after, keptIds } = await dryRun(tx, async (savepoint) => {
    const result = await write(savepoint);
    return {
      after: await recentSessions(savepoint, result.activityId, now),
      keptIds: result.sessions.keptSessionIds,
    };
  });
  const added = difference(after, before);
  const removed = difference(before, after);
  return {
    addedCount: added.length,
    removedCount: removed.length,
    added: added.slice(0, PREVIEW_LIST_LIMIT),
    removed: removed.slice(0, PREVIEW_LIST_LIMIT),
    // Kept sessions existed before and still do after the rollback: loaded as they are now.
    kept: await loadAdminSessions(tx, organizationId, keptIds),
  };
}

/**
 * The dry run of `updateActivity`: the same validation (BAD_USER_INPUT naming
 * the field) and the same regeneration, rolled back. Future sessions off the
 * new schedule are removed unless reservations or bookings hold them (kept).
 */
export function previewActivityUpdate(
  tx: Tx,
  organizationId: string,
  id: string,
  raw: unknown,
  now: Date,
): Promise<ActivityChangePreview> {
  if (!isUuid(id)) return Promise.reject(notFound('Activity'));
  return previewOf(tx, organizationId, id, (sp) => updateActivity(sp, organizationId, id, raw, now), now);
}

/** The dry run of `createActivity`: the sessions its booking window would get. */
export function previewActivityCreate(
  tx: Tx,
  organizationId: string,
  raw: unknown,
  now: Date,
): Promise<ActivityChangePreview> {
  return previewOf(tx, organizationId, null, (sp) => createActivity(sp, organizationId, raw, now), now);
}
