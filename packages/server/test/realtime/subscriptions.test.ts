import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import WebSocket from 'ws';
import { activities, venues } from '../../src/db/schema/index.ts';
import { calendarFeedKey } from '../../src/domain/schedule/calendar-feed.ts';
import { WS_MAX_SUBSCRIPTIONS } from '../../src/http/graphql-ws.ts';
import { activityTopic, availabilityTopic, notifyChange, venueTopic } from '../../src/realtime/topics.ts';
import { DEMO_EMBED_KEY, seedDemo } from '../../src/seed/demo.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { createSession, takeSeats, TEST_DATE } from './fixtures.ts';
import {
  AVAILABILITY_CHANGED,
  CALENDAR_CHANGED,
  subscribe,
  waitFor,
  WIDGET_CONFIG_CHANGED,
  wsClient,
} from './ws-client.ts';

describe('availability and widget config subscriptions', () => {
  let app: TestApp;
  let walkId: string;
  let adminKey: string;
  before(async () => {
    app = await startTestApp();
    const seed = await seedDemo(app.services.db, { publicOrigin: app.url });
    walkId = seed.activityIds[1]!;
    adminKey = seed.adminKey!;
  });
  after(() => app.stop());

  it('should push all subscribers the same updates, one availability query a window, for 50 changes', async () => {
    const session = await createSession(app.services.db, walkId, { capacity: 100 });
    const clients = [wsClient(app.url), wsClient(app.url)];
    const subs = [
      subscribe(clients[0]!, AVAILABILITY_CHANGED, { a: walkId, d: TEST_DATE }),
      subscribe(clients[0]!, AVAILABILITY_CHANGED, { a: walkId, d: TEST_DATE }),
      subscribe(clients[1]!, AVAILABILITY_CHANGED, { a: walkId, d: TEST_DATE }),
    ];
    const key = availabilityTopic(walkId, TEST_DATE);
    await waitFor(() => app.services.realtime.coalescer.stats(key)?.listeners === 3, 5_000, 'three listeners');
    const started = Date.now();
    for (let i = 0; i < 50; i++) await takeSeats(app.services.db, session.id, 1);
    const elapsed = Date.now() - started;
    const remaining = (d: { availabilityChanged: { sessions: { capacityRemaining: number }[] } }) =>
      d.availabilityChanged.sessions.map((s) => s.capacityRemaining);
    for (const last of await Promise.all(subs.map((s) => s.until((d) => remaining(d)[0] === 50)))) {
      assert.equal(last.availabilityChanged.date, TEST_DATE);
      assert.deepEqual(remaining(last), [50], 'the last change always reaches every subscriber');
    }
    await waitFor(() => app.services.realtime.coalescer.stats(key)?.pending === false, 5_000, 'nothing due');
    const stats = app.services.realtime.coalescer.stats(key)!;
    // A throttle: one computation per 500 ms window the changes spanned (plus the trailing one), never one per change.
    const windows = Math.ceil(elapsed / 500) + 1;
    assert.ok(stats.computes >= 1 && stats.computes <= windows, `${stats.computes} queries for ${elapsed} ms`);
    assert.equal(stats.pushes, 3 * stats.computes, 'each computation pushed once to each of the three');
    for (const s of subs) {
      assert.equal(s.results.length, stats.computes);
      assert.equal(
        s.results.every((r) => r.errors === undefined),
        true,
      );
    }
    await Promise.all(clients.map((c) => Promise.resolve(c.dispose())));
  });

  it('should compute a month once a window for all calendarChanged subscribers, each with its own days', async () => {
    const session = await createSession(app.services.db, walkId, { date: '2030-07-20' });
    const client = wsClient(app.url);
    const whole = subscribe(client, CALENDAR_CHANGED, { a: walkId, f: '2030-07-01', t: '2030-07-31' });
    const part = subscribe(client, CALENDAR_CHANGED, { a: walkId, f: '2030-07-10', t: '2030-07-25' });
    const key = calendarFeedKey(walkId, '2030-07-01', '2030-07-31');
    assert.equal(calendarFeedKey(walkId, '2030-07-10', '2030-07-25'), key, 'one feed per (activity, month)');
    await waitFor(() => app.services.realtime.coalescer.stats(key)?.listeners === 2, 5_000, 'two listeners');
    await takeSeats(app.services.db, session.id, 1);
    const [all, some] = await Promise.all([whole.nth(0), part.nth(0)]);
    const dates = (r: typeof all) => r.data.calendarChanged.map((d: { date: string }) => d.date);
    assert.equal(dates(all).length, 31);
    assert.deepEqual([dates(all)[0], dates(all).at(-1)], ['2030-07-01', '2030-07-31']);
    assert.equal(dates(some).length, 16);
    assert.deepEqual([dates(some)[0], dates(some).at(-1)], ['2030-07-10', '2030-07-25']);
    await waitFor(() => app.services.realtime.coalescer.stats(key)?.pending === false, 5_000, 'nothing due');
    const stats = app.services.realtime.coalescer.stats(key)!;
    assert.equal(stats.computes, 1, 'one calendar computation for both subscribers');
    assert.equal(stats.pushes, 2);
    await Promise.resolve(client.dispose());
  });

  it('should not push for a rolled-back change', async () => {
    const session = await createSession(app.services.db, walkId, { date: '2030-06-16' });
    const client = wsClient(app.url);
    const sub = subscribe(client, AVAILABILITY_CHANGED, { a: walkId, d: '2030-06-16' });
    const key = availabilityTopic(walkId, '2030-06-16');
    await waitFor(() => app.services.realtime.coalescer.stats(key)?.listeners === 1, 5_000, 'listener');
    const seen: string[] = [];
    const off = app.services.realtime.bus.onAny((e) => e.type === 'change' && seen.push(e.topic));
    await takeSeats(app.services.db, session.id, 3, { rollback: true });
    // NOTIFYs arrive in commit order: once this later one is here, a notify of the rollback would be too.
    await app.services.db.transaction((tx) => notifyChange(tx, venueTopic('00000000-0000-0000-0000-00000000f1a9')));
    await waitFor(() => seen.includes(venueTopic('00000000-0000-0000-0000-00000000f1a9')), 5_000, 'sentinel');
    off();
    assert.deepEqual(
      seen.filter((t) => t === key),
      [],
    );
    assert.equal(app.services.realtime.coalescer.stats(key)!.pending, false);
    assert.equal(sub.results.length, 0);
    await takeSeats(app.services.db, session.id, 2);
    const update = await sub.nth(0);
    assert.deepEqual(
      update.data.availabilityChanged.sessions.map((s: { capacityRemaining: number }) => s.capacityRemaining),
      [18],
    );
    await client.dispose();
  });

  it('should refuse an unknown or malformed activity with NOT_FOUND and a bad date with BAD_USER_INPUT', async () => {
    const client = wsClient(app.url);
    const unknown = subscribe(client, AVAILABILITY_CHANGED, {
      a: '5f0c6c1e-0000-4000-8000-000000000000',
      d: TEST_DATE,
    });
    const malformed = subscribe(client, AVAILABILITY_CHANGED, { a: 'nope', d: TEST_DATE });
    const badDate = subscribe(client, AVAILABILITY_CHANGED, { a: walkId, d: '2030-02-30' });
    const badVenue = subscribe(client, WIDGET_CONFIG_CHANGED, { k: 'no-such-venue' });
    assert.equal((await unknown.nth(0)).errors?.[0]?.extensions?.code, 'NOT_FOUND');
    assert.equal((await malformed.nth(0)).errors?.[0]?.extensions?.code, 'NOT_FOUND');
    assert.equal((await badVenue.nth(0)).errors?.[0]?.extensions?.code, 'NOT_FOUND');
    // Variables are checked at the socket's edge (issue 16 item 12): an `error` frame, not a result.
    const badDateCode = await badDate.nth(0).then(
      (result) => result.errors?.[0]?.extensions?.code,
      (errors: readonly { extensions?: { code?: string } }[]) => errors[0]?.extensions?.code,
    );
    assert.equal(badDateCode, 'BAD_USER_INPUT');
    await client.dispose();
    assert.equal(app.services.realtime.coalescer.size(), 0);
  });

  it('should push a venue config when its activity changes and an activity config when its venue changes', async () => {
    const client = wsClient(app.url);
    const byVenue = subscribe(client, WIDGET_CONFIG_CHANGED, { k: DEMO_EMBED_KEY });
    const byActivity = subscribe(client, WIDGET_CONFIG_CHANGED, { a: walkId });
    await waitFor(() => app.services.realtime.coalescer.size() === 2, 5_000, 'two feeds');
    await app.services.db.transaction(async (tx) => {
      await tx.update(activities).set({ name: 'Ghost Walk Deluxe' }).where(eq(activities.id, walkId));
      await notifyChange(tx, activityTopic(walkId));
    });
    const venueUpdate = await byVenue.nth(0);
    assert.ok(
      venueUpdate.data.widgetConfigChanged.activities.some((a: { name: string }) => a.name === 'Ghost Walk Deluxe'),
    );
    assert.equal((await byActivity.nth(0)).data.widgetConfigChanged.activities[0].name, 'Ghost Walk Deluxe');
    const venueId = venueUpdate.data.widgetConfigChanged.venue.id as string;
    await app.services.db.transaction(async (tx) => {
      await tx
        .update(venues)
        .set({ theme: { mode: 'light', accentColor: '0f766e' } })
        .where(eq(venues.id, venueId));
      await notifyChange(tx, venueTopic(venueId));
    });
    assert.equal((await byActivity.nth(1)).data.widgetConfigChanged.venue.theme.accentColor, '0f766e');
    assert.equal((await byVenue.nth(1)).data.widgetConfigChanged.venue.theme.accentColor, '0f766e');
    await client.dispose();
  });

  it('should watch an activity added to a venue after subscribing', async () => {
    const client = wsClient(app.url);
    const byVenue = subscribe(client, WIDGET_CONFIG_CHANGED, { k: DEMO_EMBED_KEY });
    await waitFor(() => app.services.realtime.coalescer.size() === 1, 5_000, 'venue feed');
    const [walk] = await app.services.db.select().from(activities).where(eq(activities.id, walkId));
    const [added] = await app.services.db.transaction(async (tx) => {
      const rows = await tx
        .insert(activities)
        .values({ ...walk!, id: undefined, name: 'Cellar Tour', createdAt: undefined })
        .returning();
      await notifyChange(tx, venueTopic(walk!.venueId));
      return rows;
    });
    await byVenue.until((d) => d.widgetConfigChanged.activities.some((a: { id: string }) => a.id === added!.id));
    await app.services.db.transaction(async (tx) => {
      await tx.update(activities).set({ name: 'Cellar Tour by Night' }).where(eq(activities.id, added!.id));
      await notifyChange(tx, activityTopic(added!.id)); // only the new activity's own topic
    });
    await byVenue.until((d) =>
      d.widgetConfigChanged.activities.some((a: { name: string }) => a.name === 'Cellar Tour by Night'),
    );
    await app.services.db.update(activities).set({ status: 'archived' }).where(eq(activities.id, added!.id));
    await client.dispose();
  });

  it('should close a socket whose connection_init carries a bad API key, and accept a good one', async () => {
    const bad = wsClient(app.url, { authorization: 'Bearer slk_wrong' });
    const sub = subscribe(bad, AVAILABILITY_CHANGED, { a: walkId, d: TEST_DATE });
    await assert.rejects(sub.nth(0), (e: { code?: number }) => e.code === 4403);
    await bad.dispose();
    const good = wsClient(app.url, { authorization: `Bearer ${adminKey}` });
    const ok = subscribe(good, `{ widgetConfig(activityId: "${walkId}") { venue { name } } }`);
    assert.equal((await ok.nth(0)).data.widgetConfig.venue.name, 'Mystery Manor');
    await good.dispose();
  });

  it('should close a socket without connection_init (4408) and one subscribing before it (4401)', async () => {
    const silent = new WebSocket(app.url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
    const silentClose = new Promise<number>((resolve) => silent.once('close', (code) => resolve(code)));
    const eager = new WebSocket(app.url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
    const eagerClose = new Promise<number>((resolve) => eager.once('close', (code) => resolve(code)));
    await new Promise((resolve) => eager.once('open', resolve));
    eager.send(
      JSON.stringify({
        id: '1',
        type: 'subscribe',
        payload: { query: AVAILABILITY_CHANGED, variables: { a: walkId, d: TEST_DATE } },
      }),
    );
    assert.equal(await eagerClose, 4401);
    assert.equal(await silentClose, 4408);
  });

  it('should end a venue subscription with NOT_FOUND when its embed key is rotated away', async () => {
    const client = wsClient(app.url);
    const sub = subscribe(client, WIDGET_CONFIG_CHANGED, { k: DEMO_EMBED_KEY });
    await waitFor(() => app.services.realtime.coalescer.size() === 1, 5_000, 'venue feed');
    const [venue] = await app.services.db.select().from(venues).where(eq(venues.embedKey, DEMO_EMBED_KEY));
    await app.services.db.transaction(async (tx) => {
      await tx.update(venues).set({ embedKey: 'rotated-key' }).where(eq(venues.id, venue!.id));
      await notifyChange(tx, venueTopic(venue!.id));
    });
    await assert.rejects(sub.nth(0), (errs: any) => errs[0]?.extensions?.code === 'NOT_FOUND');
    await waitFor(() => app.services.realtime.coalescer.size() === 0, 5_000, 'feed removed');
    await app.services.db.update(venues).set({ embedKey: DEMO_EMBED_KEY }).where(eq(venues.id, venue!.id));
    await client.dispose();
  });

  it(`should refuse the subscription after ${WS_MAX_SUBSCRIPTIONS} on one socket with RATE_LIMITED`, async () => {
    const client = wsClient(app.url);
    const subs = Array.from({ length: WS_MAX_SUBSCRIPTIONS }, (_, i) =>
      subscribe(client, AVAILABILITY_CHANGED, { a: walkId, d: `2031-01-${String(i + 1).padStart(2, '0')}` }),
    );
    await waitFor(() => app.services.realtime.coalescer.size() === WS_MAX_SUBSCRIPTIONS, 5_000, 'all subscriptions');
    const extra = subscribe(client, AVAILABILITY_CHANGED, { a: walkId, d: '2031-02-01' });
    await assert.rejects(extra.nth(0), (errs: any) => errs[0]?.extensions?.code === 'RATE_LIMITED');
    subs[0]!.unsubscribe();
    await waitFor(() => app.services.realtime.coalescer.size() === WS_MAX_SUBSCRIPTIONS - 1, 5_000, 'one fewer');
    const again = subscribe(client, AVAILABILITY_CHANGED, { a: walkId, d: '2031-02-01' });
    await waitFor(
      () => app.services.realtime.coalescer.size() === WS_MAX_SUBSCRIPTIONS,
      5_000,
      'a free place is usable',
    );
    again.unsubscribe();
    await client.dispose();
    await waitFor(() => app.services.realtime.coalescer.size() === 0, 5_000, 'all gone');
  });
});
