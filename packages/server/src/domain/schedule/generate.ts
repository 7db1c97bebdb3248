import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { activities, venues, type Activity } from '../../db/schema/index.ts';
import { AppError, ErrorCode, notFound } from '../../errors.ts';
import { activityTopic, availabilityTopic, notifyChange, type Topic } from '../../realtime/topics.ts';
import { isUuid } from '../../db/ids.ts';
import { copySessions } from './copy-sessions.ts';
import { OrderedIds } from './ordered-ids.ts';
import {
  localDateOf,
  planColumns,
  planSessions,
  type PlannedColumns,
  type PlannedSession,
} from '@slotkit/core/schedule';
import { activitySettingsSchema, type ActivitySettings } from '@slotkit/core/settings';

/** An activity with what generation needs of its venue. */
export type ScheduledActivity = Pick<
  Activity,
  'id' | 'organizationId' | 'durationMinutes' | 'capacity' | 'settings' | 'status'
> & {
  readonly timezone: string;
};

export interface GenerateOptions {
  /** The activity, or its id (then it and its venue's timezone are loaded). */
  readonly activityId?: string;
  readonly activity?: ScheduledActivity;
  /** First venue-local date, YYYY-MM-DD. */
  readonly from: string;
  readonly days: number;
}

export interface GenerateResult {
  readonly created: number;
  /** Planned sessions that were already there (left untouched). */
  readonly existing: number;
}

/** The most days one generation request may cover (admin API and CLI alike). */
export const MAX_GENERATE_DAYS = 730;

/** BAD_USER_INPUT unless `days` is a whole number of days in 1…MAX_GENERATE_DAYS. */
export function assertGenerateDays(days: number): void {
  if (!Number.isInteger(days) || days < 1 || days > MAX_GENERATE_DAYS) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `days must be between 1 and ${MAX_GENERATE_DAYS}`, {
      details: { field: 'days' },
    });
  }
}

/** Rows per INSERT: bounded so one statement's parameters stay a few MB. */
const CHUNK = 25_000;

/** The stored schedule, parsed; a row that fails the schema is a bug, not user input. */
export function readSettings(activity: Pick<Activity, 'id' | 'settings'>): ActivitySettings {
  const parsed = activitySettingsSchema.safeParse(activity.settings);
  if (!parsed.success) {
    throw new AppError(ErrorCode.INTERNAL, `Activity ${activity.id} has invalid settings`, { cause: parsed.error });
  }
  return parsed.data;
}

/** What generation reads of an activity: its schedule inputs and its venue's timezone (join venues). */
export const scheduledActivityColumns = {
  id: activities.id,
  organizationId: activities.organizationId,
  durationMinutes: activities.durationMinutes,
  capacity: activities.capacity,
  settings: activities.settings,
  status: activities.status,
  timezone: venues.timezone,
};

/** Loads an activity with its venue's timezone; NOT_FOUND when unknown (or not the organization's, if given). */
export async function loadScheduledActivity(
  db: DbOrTx,
  activityId: string,
  organizationId?: string,
): Promise<ScheduledActivity> {
  if (!isUuid(activityId)) throw notFound('Activity');
  const [row] = await db
    .select(scheduledActivityColumns)
    .from(activities)
    .innerJoin(venues, eq(venues.id, activities.venueId))
    .where(
      organizationId
        ? and(eq(activities.id, activityId), eq(activities.organizationId, organizationId))
        : eq(activities.id, activityId),
    );
  if (!row) throw notFound('Activity');
  return row;
}

/**
 * An admin's request (API or CLI) to generate sessions of one activity: `days`
 * bounded, the activity the organization's (when given) and not archived.
 */
export async function generateForActivity(
  tx: DbOrTx,
  request: {
    readonly activityId: string;
    readonly organizationId?: string;
    /** First venue-local date. @default the venue's today at `now` */
    readonly from?: string;
    readonly days: number;
    readonly now?: Date;
  },
): Promise<GenerateResult> {
  assertGenerateDays(request.days);
  const activity = await loadScheduledActivity(tx, request.activityId, request.organizationId);
  if (activity.status !== 'active') {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'An archived activity has no sessions to generate', {
      details: { field: 'activityId' },
    });
  }
  const from = request.from ?? localDateOf(activity.timezone, request.now ?? new Date());
  return generateSessions(tx, { activity, from, days: request.days });
}

/** The sessions an activity's schedule asks for on `days` dates from `from`. */
export function planFor(activity: ScheduledActivity, from: string, days: number): PlannedSession[] {
  const settings = readSettings(activity);
  return planSessions(
    { durationMinutes: activity.durationMinutes, capacity: activity.capacity, settings },
    activity.timezone,
    from,
    days,
  );
}

/**
 * Persists the planned sessions. Idempotent: only starts not already there
 * are stored, and one another writer stores meanwhile is skipped by `ON
 * CONFLICT (activity_id, starts_at) DO NOTHING` (the COPY path falls back to
 * it), so a second run (or another instance running at the same moment)
 * changes nothing. Notifies each date that gained sessions.
 */
export async function generateSessions(tx: DbOrTx, options: GenerateOptions): Promise<GenerateResult> {
  const activity = options.activity ?? (await loadScheduledActivity(tx, options.activityId ?? ''));
  const plan = planColumns(
    { durationMinutes: activity.durationMinutes, settings: readSettings(activity) },
    activity.timezone,
    options.from,
    options.days,
  );
  const total = plan.startsMs.length;
  if (total === 0) return { created: 0, existing: 0 };
  // Reading what exists first makes the daily re-run (nearly everything already
  // there) cost one index scan instead of a conflict check per row; the INSERT
  // keeps ON CONFLICT for whatever another instance adds in between.
  const present = await existingStarts(tx, activity.id, plan.startsMs[0]!, plan.startsMs[total - 1]!);
  let missing: Pick<PlannedColumns, 'startsMs' | 'localDates'> = plan;
  if (present.length > 0) {
    // Both lists ascend: one merge walk, no hashing of every start.
    const startsMs: number[] = [];
    const localDates: string[] = [];
    let j = 0;
    for (let i = 0; i < total; i++) {
      const ms = plan.startsMs[i]!;
      while (j < present.length && present[j]! < ms) j++;
      if (present[j] !== ms) {
        startsMs.push(ms);
        localDates.push(plan.localDates[i]!);
      }
    }
    missing = { startsMs, localDates };
  }
  const created = await insertPlanned(tx, activity, missing);
  return { created, existing: total - created };
}

/** Start instants (epoch ms), ascending, of an activity's sessions in [firstMs, lastMs]. */
async function existingStarts(tx: DbOrTx, activityId: string, firstMs: number, lastMs: number): Promise<number[]> {
  const [row] = await queryRows<{ starts: string | null }>(
    tx,
    sql`select string_agg((extract(epoch from starts_at) * 1000)::bigint::text, ',' order by starts_at) as starts
        from activity_sessions
        where activity_id = ${activityId}::uuid and starts_at >= ${new Date(firstMs).toISOString()}::timestamptz
          and starts_at <= ${new Date(lastMs).toISOString()}::timestamptz`,
  );
  return row?.starts ? row.starts.split(',').map(Number) : [];
}

/**
 * Stores the planned (missing) sessions: by binary COPY where the
 * transaction allows it (copy-sessions.ts), else by INSERT … ON CONFLICT DO
 * NOTHING. Notifies each date that gained sessions.
 */
export async function insertPlanned(
  tx: DbOrTx,
  activity: ScheduledActivity,
  planned: Pick<PlannedColumns, 'startsMs' | 'localDates'>,
): Promise<number> {
  const copied = await copySessions(tx, {
    activityId: activity.id,
    organizationId: activity.organizationId,
    capacity: activity.capacity,
    durationMinutes: activity.durationMinutes,
    ...planned,
  });
  const { created, touched } =
    copied === undefined
      ? await insertChunks(tx, activity, planned)
      : { created: copied, touched: new Set(planned.localDates) };
  if (created > 0) {
    const topics: Topic[] = [...touched].map((d) => availabilityTopic(activity.id, d));
    await notifyChange(tx, ...topics, activityTopic(activity.id));
  }
  return created;
}

/**
 * One INSERT … SELECT FROM unnest(arrays) per chunk. Arrays travel as one
 * text parameter each (drizzle would expand a JS array into one parameter per
 * element): ids, start instants as epoch seconds, local dates as YYYY-MM-DD.
 * Ids are time-ordered (UUIDv7 layout), so the primary-key index grows at its
 * right edge instead of taking a random page per row.
 */
async function insertChunks(
  tx: DbOrTx,
  activity: ScheduledActivity,
  planned: Pick<PlannedColumns, 'startsMs' | 'localDates'>,
) {
  let created = 0;
  const touched = new Set<string>();
  const durationSeconds = activity.durationMinutes * 60;
  for (let i = 0; i < planned.startsMs.length; i += CHUNK) {
    const startsMs = planned.startsMs.slice(i, i + CHUNK);
    const ids = `{${OrderedIds.asText(startsMs.length).join(',')}}`;
    const starts = `{${startsMs.map((ms) => ms / 1000).join(',')}}`;
    const dates = `{${planned.localDates.slice(i, i + CHUNK).join(',')}}`;
    const rows = await queryRows<{ local_date: string; n: number }>(
      tx,
      sql`with inserted as (
            insert into activity_sessions
              (id, activity_id, organization_id, starts_at, ends_at, local_date, capacity_total, capacity_remaining)
            select u.id, ${activity.id}::uuid, ${activity.organizationId}::uuid,
                   to_timestamp(u.s), to_timestamp(u.s + ${durationSeconds}::int), u.d,
                   ${activity.capacity}::int, ${activity.capacity}::int
            from unnest(${ids}::uuid[], ${starts}::float8[], ${dates}::date[]) as u(id, s, d)
            on conflict (activity_id, starts_at) do nothing
            returning local_date)
          select local_date::text as local_date, count(*)::int as n from inserted group by local_date`,
    );
    for (const r of rows) {
      created += Number(r.n);
      touched.add(r.local_date);
    }
  }
  return { created, touched };
}
