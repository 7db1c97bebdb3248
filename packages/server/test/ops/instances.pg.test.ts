import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../src/seed/demo.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { openTestDatabase, postgresReachable, type TestDatabase } from '../support/database.ts';
import { gql } from '../support/graphql.ts';
import { requirePostgres } from '../support/postgres-only.ts';
import { createSession } from '../realtime/fixtures.ts';
import { AVAILABILITY_CHANGED, latenciesUntilUnder, subscribe, wsClient } from '../realtime/ws-client.ts';
import {
  METRICS_TOKEN,
  natsReachable,
  natsUrl,
  requireNats,
  sample,
  scrape,
  startChild,
  type ChildInstance,
} from './support.ts';
import { localDateAhead } from '../support/venue-time.ts';

const WIDGET = `query($a: ID) { widgetConfig(activityId: $a) { activities { name prices { tier amountCents } } } }`;
const UPDATE = `mutation($id: ID!, $input: ActivityUpdateInput!) { updateActivity(id: $id, input: $input) { activity {
  name } } }`;
const RESERVE = `mutation($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename } }`;
const DEBOUNCE_MS = 500; // REALTIME_DEBOUNCE_MS default: the window a change must reach every instance in

const soon = (days: number) => localDateAhead('America/New_York', days); // the demo venue's zone

/** Polls instance B until the predicate holds; returns the milliseconds it took (fails past `withinMs`). */
async function seenWithin(read: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if (await read()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`not seen within ${withinMs} ms`);
}

for (const bus of ['postgres', 'nats'] as const) {
  describe(`two instances, CHANGE_BUS=${bus}`, () => {
    let database: TestDatabase;
    let a: TestApp;
    let b: ChildInstance;
    let adminKey: string;
    let activityId: string;

    before(async () => {
      if (!(await postgresReachable())) return;
      if (bus === 'nats' && !(await natsReachable())) return;
      database = await openTestDatabase('postgres');
      const busConfig = { CHANGE_BUS: bus, NATS_URL: natsUrl(), DATABASE_URL: database.url } as const;
      a = await startTestApp({ database, config: { ...busConfig, METRICS_TOKEN } });
      const seeded = await seedDemo(a.services.db, { publicOrigin: a.url });
      adminKey = seeded.adminKey!;
      activityId = seeded.activityIds[1]!;
      b = await startChild(database.url!, { CHANGE_BUS: bus, NATS_URL: natsUrl() });
    });
    after(async () => {
      await b?.stop();
      await a?.stop();
      await database?.close();
    });

    const ready = async (t: TestContext) => (await requirePostgres(t)) && (bus !== 'nats' || (await requireNats(t)));

    it("should show a price change made on A in B's cached widgetConfig within the debounce window", async (t) => {
      if (!(await ready(t))) return;
      const adultOn = async (url: string) =>
        (await gql(url, WIDGET, { a: activityId })).data?.widgetConfig.activities[0].prices.find(
          (p: { tier: string }) => p.tier === 'ADULT',
        )?.amountCents as number;
      const before = await adultOn(b.url);
      assert.equal(await adultOn(b.url), before);
      // B really serves from its cache: a write that bypasses the bus stays unseen there.
      await a.services.db.execute(sql`update activities set description = 'quiet' where id = ${activityId}::uuid`);
      const text = await scrape(b.url);
      const hits = (cache: string) => sample(text, 'slotkit_read_cache_total', { cache, result: 'hit' }) ?? 0;
      assert.ok(hits('widgetConfig') + hits('response') >= 1, 'B cached (a whole answer or the resolver read)');

      const res = await gql(
        a.url,
        UPDATE,
        {
          id: activityId,
          input: { prices: [{ tier: 'ADULT', name: 'Adult', amountCents: before + 500 }] },
        },
        { apiKey: adminKey },
      );
      assert.ok(!res.errors, JSON.stringify(res.errors));
      const ms = await seenWithin(async () => (await adultOn(b.url)) === before + 500, DEBOUNCE_MS);
      t.diagnostic(`price change on A visible on B after ${ms} ms (${bus} bus)`);
    });

    it('should show a rename made on A on B within the debounce window, also on A itself', async (t) => {
      if (!(await ready(t))) return;
      const nameOn = async (url: string) =>
        (await gql(url, WIDGET, { a: activityId })).data?.widgetConfig.activities[0].name as string;
      await nameOn(a.url);
      await nameOn(b.url);
      await gql(a.url, UPDATE, { id: activityId, input: { name: `Walk via ${bus}` } }, { apiKey: adminKey });
      await seenWithin(async () => (await nameOn(b.url)) === `Walk via ${bus}`, DEBOUNCE_MS);
      await seenWithin(async () => (await nameOn(a.url)) === `Walk via ${bus}`, DEBOUNCE_MS);
    });

    it('should push a reservation made on A to a graphql-ws subscriber on B', async (t) => {
      if (!(await ready(t))) return;
      const date = soon(6);
      const session = await createSession(a.services.db, activityId, { date, capacity: 20 });
      const client = wsClient(b.url);
      const sub = subscribe(client, AVAILABILITY_CHANGED, { a: activityId, d: date });
      try {
        // The subscription is live once B answers a push; nudge with 1-seat holds until one arrives.
        let key = 0;
        const reserve = (n: number) =>
          gql(a.url, RESERVE, {
            input: {
              sessionId: session.id,
              tickets: [{ tier: 'ADULT', quantity: n }],
              email: `g${key}@example.com`,
              idempotencyKey: `ops-${bus}-${session.id}-${key++}`,
            },
          });
        for (let i = 0; i < 20 && sub.results.length === 0; i++) {
          await reserve(1);
          await Promise.race([sub.nth(0), new Promise((r) => setTimeout(r, 1_000))]);
        }
        assert.ok(sub.results.length > 0, 'the subscription never went live');
        const seats = (d: any) => d.availabilityChanged.sessions[0].capacityRemaining as number;
        const { seen, least } = await latenciesUntilUnder(1_500, async () => {
          const last = seats(sub.results.at(-1)!.data);
          const started = Date.now();
          await reserve(2);
          await sub.until((d) => seats(d) === last - 2);
          return Date.now() - started;
        });
        t.diagnostic(`reserve on A → push on B: ${seen.join(', ')} ms via ${bus}`);
        assert.ok(least < 1_500, `push took ${seen.join(', ')} ms`);
      } finally {
        sub.unsubscribe();
        await client.dispose();
      }
    });
  });
}
