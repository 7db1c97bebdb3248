import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BusEvent } from '../../src/realtime/change-bus.ts';
import { ReadCache } from '../../src/cache/read-cache.ts';

/** onAny + stats of a bus: `change` stands in for a delivered commit, `reconnect` for a re-LISTEN. */
function fakeBus() {
  const handlers = new Set<(e: BusEvent) => void>();
  const bus = {
    listening: true,
    onAny(h: (e: BusEvent) => void) {
      handlers.add(h);
      return () => void handlers.delete(h);
    },
    stats: () => ({ listening: bus.listening, topics: 0, changes: 0, reconnects: 0, lastLagMs: null, maxLagMs: null }),
    change: (topic: string) => handlers.forEach((h) => h({ type: 'change', topic })),
    reconnect: () => handlers.forEach((h) => h({ type: 'reconnected' })),
    handlers,
  };
  return bus;
}

function setup(maxAgeMs?: number) {
  const bus = fakeBus();
  let clock = 1_000;
  const lookups: string[] = [];
  const cache = new ReadCache({ bus, now: () => clock, maxAgeMs, onLookup: (c, r) => lookups.push(`${c}:${r}`) });
  let computes = 0;
  const compute = (topics: string[], validUntil?: number) => async () => ({ value: ++computes, topics, validUntil });
  return { bus, cache, lookups, compute, advance: (ms: number) => (clock += ms), computes: () => computes };
}

describe('ReadCache', () => {
  it('should compute once and then hit until a change to one of its topics arrives', async () => {
    const s = setup();
    assert.equal(await s.cache.get('wc', 'a', s.compute(['activity:1', 'venue:1'])), 1);
    assert.equal(await s.cache.get('wc', 'a', s.compute(['activity:1', 'venue:1'])), 1);
    s.bus.change('activity:2'); // unrelated
    assert.equal(await s.cache.get('wc', 'a', s.compute(['activity:1'])), 1);
    s.bus.change('venue:1');
    assert.equal(await s.cache.get('wc', 'a', s.compute(['activity:1', 'venue:1'])), 2);
    assert.deepEqual(s.lookups, ['wc:miss', 'wc:hit', 'wc:hit', 'wc:miss']);
  });

  it('should drop everything when the bus reconnects (changes may have been missed)', async () => {
    const s = setup();
    await s.cache.get('wc', 'a', s.compute(['activity:1']));
    await s.cache.get('cal', 'b', s.compute(['availability:1:2030-01-01']));
    assert.equal(s.cache.size(), 2);
    s.bus.reconnect();
    assert.equal(s.cache.size(), 0);
  });

  it('should share one computation between concurrent misses and not store a result a change overtook', async () => {
    const s = setup();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let runs = 0;
    const slow = async () => {
      runs += 1;
      await gate;
      return { value: 'old', topics: ['activity:1'] };
    };
    const first = s.cache.get('wc', 'a', slow);
    const second = s.cache.get('wc', 'a', slow);
    s.bus.change('activity:1'); // committed while the read was running: its result may predate it
    release();
    assert.deepEqual(await Promise.all([first, second]), ['old', 'old']);
    assert.equal(runs, 1);
    assert.equal(s.cache.size(), 0, 'a result a change overtook must not be cached');
  });

  it('should read through without storing while the bus is not listening', async () => {
    const s = setup();
    s.bus.listening = false;
    await s.cache.get('wc', 'a', s.compute(['activity:1']));
    await s.cache.get('wc', 'a', s.compute(['activity:1']));
    assert.equal(s.computes(), 2);
    assert.deepEqual(s.lookups, ['wc:bypass', 'wc:bypass']);
  });

  it('should end an entry at its validUntil and at the safety max age', async () => {
    const s = setup(60_000);
    await s.cache.get('cal', 'a', s.compute(['activity:1'], 1_000 + 5_000));
    s.advance(4_999);
    assert.equal(await s.cache.get('cal', 'a', s.compute(['activity:1'])), 1);
    s.advance(1);
    assert.equal(await s.cache.get('cal', 'a', s.compute(['activity:1'])), 2);
    s.advance(59_999);
    assert.equal(await s.cache.get('cal', 'a', s.compute(['activity:1'])), 2);
    s.advance(1);
    assert.equal(await s.cache.get('cal', 'a', s.compute(['activity:1'])), 3);
  });

  it('should never cache a failed computation', async () => {
    const s = setup();
    await assert.rejects(s.cache.get('wc', 'a', async () => Promise.reject(new Error('db down'))));
    assert.equal(await s.cache.get('wc', 'a', s.compute(['activity:1'])), 1);
  });

  it('should stop listening to the bus on close', () => {
    const s = setup();
    assert.equal(s.bus.handlers.size, 1);
    s.cache.close();
    assert.equal(s.bus.handlers.size, 0);
  });
});
