import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { DbHandle, Notification } from '../../src/db/client.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { createPostgresBus } from '../../src/realtime/bus.ts';
import type { BusEvent } from '../../src/realtime/change-bus.ts';
import { waitFor } from './ws-client.ts';

/**
 * A DbHandle whose LISTEN can be broken on purpose. `execute` is only used for
 * the bus's ping (`select pg_notify(channel, payload)`), delivered to live listeners.
 */
function fakeHandle() {
  const dialect = new PgDialect();
  const live = new Set<Notification>();
  const onListens: Array<() => void> = [];
  let listenCalls = 0;
  const handle = {
    driver: 'postgres',
    db: {
      execute: async (query: SQL) => {
        const payload = dialect.sqlToQuery(query).params[1] as string;
        for (const cb of [...live]) cb(payload);
      },
    },
    async listen(_channel: string, cb: Notification, onListen?: () => void) {
      listenCalls += 1;
      live.add(cb);
      if (onListen) onListens.push(onListen);
      onListen?.();
      return async () => void live.delete(cb);
    },
    close: async () => {},
  } as unknown as DbHandle;
  return {
    handle,
    notify: (payload: string) => [...live].forEach((cb) => cb(payload)),
    /** The connection died and the driver could not LISTEN again: notifications stop silently. */
    breakSilently: () => live.clear(),
    /** The driver re-listened on its own (postgres.js after a dropped connection). */
    driverRelistened: () => onListens.forEach((f) => f()),
    listenCalls: () => listenCalls,
  };
}

const logger = createLogger('silent');

describe('change bus', () => {
  it('should deliver a topic only to its subscribers and stop after unsubscribe', async () => {
    const fake = fakeHandle();
    const bus = createPostgresBus({ dbHandle: fake.handle, logger, pingIntervalMs: 0 });
    await bus.start();
    const got: string[] = [];
    const off = bus.subscribe('availability:a:2026-01-01', (t) => got.push(t));
    fake.notify('availability:a:2026-01-01');
    fake.notify('availability:b:2026-01-01');
    off();
    fake.notify('availability:a:2026-01-01');
    assert.deepEqual(got, ['availability:a:2026-01-01']);
    assert.equal(bus.stats().topics, 0);
    await bus.close();
  });

  it('should mark every watched topic dirty when the driver re-listens after a drop', async () => {
    const fake = fakeHandle();
    const bus = createPostgresBus({ dbHandle: fake.handle, logger, pingIntervalMs: 0 });
    await bus.start();
    const got: string[] = [];
    bus.subscribe('venue:1', (t) => got.push(t));
    bus.subscribe('activity:2', (t) => got.push(t));
    fake.driverRelistened();
    assert.deepEqual(got.sort(), ['activity:2', 'venue:1']);
    assert.equal(bus.stats().reconnects, 1);
    await bus.close();
  });

  it('should find a silently dead LISTEN through its ping, listen again and mark topics dirty', async () => {
    const fake = fakeHandle();
    const bus = createPostgresBus({ dbHandle: fake.handle, logger, pingIntervalMs: 20, pingTimeoutMs: 250 });
    await bus.start();
    const events: BusEvent[] = [];
    bus.onAny((e) => events.push(e));
    const got: string[] = [];
    bus.subscribe('venue:1', (t) => got.push(t));
    await waitFor(() => events.some((e) => e.type === 'ping'), 5_000, 'a ping round trip');
    assert.ok(bus.stats().lastLagMs! >= 0);
    fake.breakSilently();
    await waitFor(() => events.some((e) => e.type === 'reconnected'), 5_000, 'the bus to notice and re-listen');
    assert.equal(fake.listenCalls(), 2);
    assert.deepEqual(got, ['venue:1'], 'the re-listen marked the topic dirty');
    fake.notify('venue:1');
    assert.deepEqual(got, ['venue:1', 'venue:1'], 'changes flow again');
    await bus.close();
  });
});
