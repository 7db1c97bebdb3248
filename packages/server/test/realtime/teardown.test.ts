import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import WebSocket from 'ws';
import { availabilityTopic } from '../../src/realtime/topics.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { trackTimers } from '../support/timer-tracker.ts';
import { createSession, takeSeats, TEST_DATE } from './fixtures.ts';
import { AVAILABILITY_CHANGED, subscribe, waitFor, wsClient } from './ws-client.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** A raw graphql-transport-ws socket that subscribes and is then cut off without a goodbye. */
async function abruptSubscriber(url: string, variables: Record<string, unknown>): Promise<WebSocket> {
  const ws = new WebSocket(url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const acked = new Promise((resolve) => ws.once('message', resolve));
  ws.send(JSON.stringify({ type: 'connection_init' }));
  await acked;
  ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: AVAILABILITY_CHANGED, variables } }));
  return ws;
}

/**
 * Timers a round may legitimately leave armed: the pool's per-connection idle timeout (bounded by
 * the pool size, not by sockets) and the periodic jobs rescheduling themselves.
 */
// Timers of the database drivers (postgres.js connections, PGlite's own itimer while a statement runs
// on a loaded machine) and of the background jobs are not the sockets' to clear.
const expectedTimer = (stack: string) =>
  /node_modules\/.*postgres\/src\/connection\.js/.test(stack) ||
  /node_modules\/.*@electric-sql\/pglite\//.test(stack) ||
  /src\/jobs\//.test(stack);

describe('socket teardown', () => {
  let app: TestApp;
  let walkId: string;
  let sessionId: string;
  before(async () => {
    app = await startTestApp();
    walkId = (await seedDemo(app.services.db, { publicOrigin: app.url })).activityIds[1]!;
    sessionId = (await createSession(app.services.db, walkId, { capacity: 1000 })).id;
  });
  after(() => app.stop());

  const realtime = () => app.services.realtime;
  const key = () => availabilityTopic(walkId, TEST_DATE);

  /** 50 graphql-ws clients that unsubscribe and close politely, 50 raw sockets cut off mid-subscription. */
  async function round(): Promise<void> {
    const vars = { a: walkId, d: TEST_DATE };
    const clients = Array.from({ length: 50 }, () => wsClient(app.url));
    const subs = clients.map((c) => subscribe(c, AVAILABILITY_CHANGED, vars));
    const raw = await Promise.all(Array.from({ length: 50 }, () => abruptSubscriber(app.url, vars)));
    await waitFor(() => realtime().coalescer.stats(key())?.listeners === 100, 10_000, '100 listeners');
    await takeSeats(app.services.db, sessionId, 1); // arm the debounce timer and push once through every socket
    await Promise.all(subs.map((s) => s.nth(0)));
    await Promise.all(clients.map((c) => Promise.resolve(c.dispose())));
    for (const ws of raw) ws.terminate();
    await waitFor(
      () => realtime().openIterators() === 0 && realtime().coalescer.size() === 0,
      10_000,
      'iterators to end',
    );
  }

  /** Connections the HTTP server holds open (its sockets only: the database pool may grow under load). */
  const serverConnections = () =>
    new Promise<number>((resolve, reject) =>
      app.server.httpServer.getConnections((err, n) => (err ? reject(err) : resolve(n))),
    );

  async function untilServerConnections(expected: number): Promise<void> {
    const deadline = Date.now() + 30_000;
    while ((await serverConnections()) > expected) {
      if (Date.now() > deadline) throw new Error(`server still holds ${await serverConnections()} connections`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it(
    'should leave no iterators, feeds, timers, bus handlers, ' + 'sockets or heap growth after 100 sockets come and go',
    async () => {
      await round(); // warm-up: code paths compiled, the database pool at its working size
      await untilServerConnections(0);
      gc();
      const before = {
        connections: await serverConnections(),
        heap: process.memoryUsage().heapUsed,
        upgrade: app.server.httpServer.listenerCount('upgrade'),
      };
      const timers = trackTimers();
      timers.start();
      await round();
      await untilServerConnections(before.connections);
      await new Promise((resolve) => setImmediate(resolve)); // let cleared timers report their destruction
      const leftTimers = timers.survivors(expectedTimer);
      timers.stop();
      gc();
      const afterwards = { connections: await serverConnections(), heap: process.memoryUsage().heapUsed };
      assert.equal(realtime().coalescer.timers(), 0);
      assert.equal(realtime().bus.stats().topics, 0);
      assert.equal(app.server.httpServer.listenerCount('upgrade'), before.upgrade);
      assert.deepEqual(leftTimers, [], `timers still armed after the sockets went:\n${leftTimers.join('\n---\n')}`);
      assert.equal(afterwards.connections, before.connections);
      const growth = afterwards.heap - before.heap;
      assert.ok(growth < 2 * 1024 * 1024, `heap grew by ${(growth / 1024).toFixed(0)} KiB over 100 sockets`);
    },
  );
});
