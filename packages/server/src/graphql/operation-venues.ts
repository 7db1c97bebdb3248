import { sql } from 'drizzle-orm';
import { queryRowsPrepared, type Database } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import type { RootField } from './root-fields.ts';

/** What the origin and rate-limit guards need to know about venues. */
export interface VenueDirectory {
  venueIdOfEmbedKey(embedKey: string): Promise<string | undefined>;
}

type Ref = { readonly kind: 'activity' | 'session' | 'reservation' | 'checkout'; readonly id: string };

// Which public argument names which row. `input.*` covers reserveSlot / createCheckout.
const ARG_KINDS: ReadonlyArray<readonly [string, Ref['kind']]> = [
  ['activityId', 'activity'],
  ['sessionId', 'session'],
  ['reservationId', 'reservation'],
  ['checkoutSessionId', 'checkout'],
];

const LOOKUP = {
  activity: (id: string) => sql`select venue_id from activities where id = ${id}::uuid`,
  session: (id: string) =>
    sql`select a.venue_id from activity_sessions s join activities a on a.id = s.activity_id where s.id = ${id}::uuid`,
  reservation: (id: string) =>
    sql`select a.venue_id from slot_reservations r
        join activity_sessions s on s.id = r.session_id join activities a on a.id = s.activity_id
        where r.id = ${id}::uuid`,
  checkout: (id: string) =>
    sql`select a.venue_id from slot_reservations r
        join activity_sessions s on s.id = r.session_id join activities a on a.id = s.activity_id
        where r.checkout_session_id = ${id}`,
} as const;

const CACHE_MAX = 20_000;

/**
 * Maps the ids an operation names to the venues they belong to. The mapping
 * of an existing row never changes (an activity never moves venue), so hits
 * are cached for the life of the process, bounded; misses are not cached.
 */
export class OperationVenues {
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly db: Database,
    private readonly directory: VenueDirectory,
  ) {}

  /** Venue ids the operation touches; ids that name no row are left out (the resolver says NOT_FOUND). */
  async of(fields: readonly RootField[]): Promise<string[]> {
    const venues = new Set<string>();
    for (const field of fields) {
      for (const scope of [field.args, asRecord(field.args.input)]) {
        if (!scope) continue;
        if (typeof scope.embedKey === 'string') {
          const id = await this.directory.venueIdOfEmbedKey(scope.embedKey);
          if (id) venues.add(id);
        }
        for (const [arg, kind] of ARG_KINDS) {
          const value = scope[arg];
          if (typeof value !== 'string') continue;
          const id = await this.venueOf({ kind, id: value });
          if (id) venues.add(id);
        }
      }
    }
    return [...venues];
  }

  private async venueOf(ref: Ref): Promise<string | undefined> {
    if (ref.kind !== 'checkout' && !isUuid(ref.id)) return undefined;
    const key = `${ref.kind}:${ref.id}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const [row] = await queryRowsPrepared<{ venue_id: string }>(
      this.db,
      `venue_of_${ref.kind}`,
      LOOKUP[ref.kind](ref.id),
    );
    if (!row) return undefined;
    if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, row.venue_id);
    return row.venue_id;
  }
}

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
