import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { openTestDatabase, postgresReachable, type TestDatabase } from '../support/database.ts';
import { gql } from '../support/graphql.ts';
import { requirePostgres } from '../support/postgres-only.ts';
import { createSession, takeSeats } from './fixtures.ts';
import { startChildInstance, type ChildInstance } from './instance-process.ts';
import {
  AVAILABILITY_CHANGED,
  latenciesUntilUnder,
  subscribe,
  waitFor,
  wsClient,
  type Subscription,
} from './ws-client.ts';
import { localDateAhead } from '../support/venue-time.ts';

const RESERVE = `mutation($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename ... on Reservation {
  id partySize } ... on InvalidReservation { reason } ... on SlotUnavailable { remaining } } }`;

/** A venue-local date a few days ahead: inside every demo activity's advance-booking window. */
const soon = (days: number) => localDateAhead('America/New_York', days); // the demo venue's zone

/** The pushed capacity of one session: the demo's own sessions share the date, so never pick by position. */
const remainingOf = (data: any, sessionId: string): number | undefined =>
  data.availabilityChanged.sessions.find((s: { id: string }) => s.id === sessionId)?.capacityRemaining;

/** Resolves whether the promise settled within ms (without leaving a timer behind). */
async function within<T>(promise: Promise<T>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Until instance B's subscription is live no change can reach it, and the
 * client cannot see that moment; so nudge (commit a change) until a push arrives.
 */
async function untilLive(sub: Subscription, nudge: () => Promise<void>): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    await nudge();
    if (await within(sub.nth(0), 1_500)) return;
  }
  throw new Error('the subscription never went live');
}

describe('realtime across instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let a: TestApp;
  let b: ChildInstance;
  let walkId: string;

  before(async () => {
    if (!(await postgresReachable())) return; // each test then skips loudly (or fails under CI)
    database = await openTestDatabase('postgres');
    a = await startTestApp({ database });
    walkId = (await seedDemo(a.services.db, { publicOrigin: a.url })).activityIds[1]!;
    b = await startChildInstance(database.url!);
  });
  after(async () => {
    await b?.stop();
    await a?.stop();
    await database?.close();
  });

  it(
    'should push a reservation made through instance A ' + 'to a graphql-ws client on instance B within 1.5 s',
    async (t) => {
      if (!(await requirePostgres(t))) return;
      const date = soon(5);
      const session = await createSession(a.services.db, walkId, { date, capacity: 20 });
      const client = wsClient(b.url);
      const sub = subscribe(client, AVAILABILITY_CHANGED, { a: walkId, d: date });
      await untilLive(sub, () => takeSeats(a.services.db, session.id, 1));
      let attempt = 0;
      const { seen, least } = await latenciesUntilUnder(1_500, async () => {
        const before = remainingOf(sub.results.at(-1)!.data, session.id)!;
        const committedBy = Date.now();
        const res = await gql(a.url, RESERVE, {
          input: {
            sessionId: session.id,
            tickets: [{ tier: 'ADULT', quantity: 2 }],
            email: 'guest@example.com',
            idempotencyKey: `rt-${session.id}-${attempt++}`,
          },
        });
        assert.equal(res.data?.reserveSlot.__typename, 'Reservation', JSON.stringify(res));
        await sub.until((d) => remainingOf(d, session.id) === before - 2);
        return Date.now() - committedBy;
      });
      t.diagnostic(`commit → push across instances: ${seen.join(', ')} ms (500 ms of it is the debounce)`);
      assert.ok(least < 1_500, `commit → push took ${seen.join(', ')} ms`);
      await client.dispose();
    },
  );

  it('should recover when the LISTEN connection is killed and deliver the next change', async (t) => {
    if (!(await requirePostgres(t))) return;
    const date = soon(6);
    const session = await createSession(a.services.db, walkId, { date, capacity: 20 });
    const client = wsClient(a.url);
    const sub = subscribe(client, AVAILABILITY_CHANGED, { a: walkId, d: date });
    await waitFor(() => a.services.realtime.bus.stats().topics === 1, 5_000, 'subscription on A');
    const reconnects = a.services.realtime.bus.stats().reconnects;
    const reconnected = new Promise<void>((resolve) => {
      const off = a.services.realtime.bus.onAny((e) => e.type === 'reconnected' && (off(), resolve()));
    });

    const killed = await queryRows<{ ok: boolean }>(
      a.services.db,
      sql`select pg_terminate_backend(pid) as ok from pg_stat_activity
          where datname = current_database() and query ilike 'listen%' and pid <> pg_backend_pid()`,
    );
    assert.ok(killed.length >= 1, 'a listener backend was found and killed');
    await reconnected;
    assert.equal(a.services.realtime.bus.stats().reconnects, reconnects + 1);

    // The reconnect marked every topic dirty: one push with the unchanged state, then nothing pending.
    assert.equal(remainingOf((await sub.nth(0)).data, session.id), 20);
    await waitFor(
      () => a.services.realtime.coalescer.stats(`availability:${walkId}:${date}`)?.pending === false,
      5_000,
      'idle feed',
    );
    await takeSeats(a.services.db, session.id, 4); // only its NOTIFY can cause the next push
    const data = await sub.until((d) => remainingOf(d, session.id) === 16);
    assert.equal(remainingOf(data, session.id), 16);
    await client.dispose();
  });
});
