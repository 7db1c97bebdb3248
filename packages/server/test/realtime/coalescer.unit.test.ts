import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoalescer, type Feed, type FeedListener } from '../../src/realtime/coalescer.ts';
import { FakeBus } from './fake-bus.ts';
import { FakeClock, settle } from './fake-clock.ts';

function setup(options: { isFatal?: (err: unknown) => boolean } = {}) {
  const clock = new FakeClock();
  const bus = new FakeBus();
  const errors: unknown[] = [];
  const coalescer = createCoalescer(bus, {
    timers: clock,
    now: clock.now,
    onError: (_k, e) => errors.push(e),
    ...options,
  });
  return { clock, bus, coalescer, errors };
}

/** A feed whose computations are counted and stamped with the fake time. */
function countingFeed(clock: FakeClock, topics: string[] = ['availability:a:2026-01-01']) {
  const computedAt: number[] = [];
  const feed: Feed<number> = {
    key: topics.join('|'),
    topics: () => topics,
    compute: async () => {
      computedAt.push(clock.now());
      return computedAt.length;
    },
  };
  return { feed, computedAt };
}

function recorder<T>() {
  const values: T[] = [];
  const errors: unknown[] = [];
  const listener: FeedListener<T> = { next: (v) => values.push(v), error: (e) => errors.push(e) };
  return { values, errors, listener };
}

describe('coalescer', () => {
  it('should compute once, 500 ms after the last of several quick changes, and push to every listener', async () => {
    const { clock, bus, coalescer } = setup();
    const { feed, computedAt } = countingFeed(clock);
    const a = recorder<number>();
    const b = recorder<number>();
    coalescer.subscribe(feed, a.listener);
    coalescer.subscribe(feed, b.listener);
    bus.emit('availability:a:2026-01-01');
    await clock.advance(300);
    bus.emit('availability:a:2026-01-01');
    await clock.advance(499);
    assert.deepEqual(computedAt, [], 'the second change restarted the 500 ms wait');
    await clock.advance(1);
    assert.deepEqual(computedAt, [800]);
    assert.deepEqual(a.values, [1]);
    assert.deepEqual(b.values, [1]);
    assert.equal(coalescer.timers(), 0);
  });

  it('should push at most 2 s after the first change under a continuous stream of changes', async () => {
    const { clock, bus, coalescer } = setup();
    const { feed, computedAt } = countingFeed(clock);
    coalescer.subscribe(feed, recorder<number>().listener);
    for (let t = 0; t < 5_000; t += 100) {
      bus.emit('availability:a:2026-01-01');
      await clock.advance(100);
    }
    // Windows: first change at 0 → 2000; next first change at 2000 → 4000; the stream ends at 4900 → 5400.
    assert.deepEqual(computedAt, [2_000, 4_000]);
    await clock.advance(1_000);
    assert.deepEqual(computedAt, [2_000, 4_000, 5_400]);
  });

  it('should keep no timer, bus handler or state for a topic nobody watches', async () => {
    const { clock, bus, coalescer } = setup();
    const { feed, computedAt } = countingFeed(clock);
    bus.emit('availability:a:2026-01-01');
    assert.equal(clock.armed, 0);
    const off = coalescer.subscribe(feed, recorder<number>().listener);
    assert.equal(bus.handlers.size, 1);
    bus.emit('availability:a:2026-01-01');
    assert.equal(clock.armed, 1);
    off();
    assert.equal(clock.armed, 0, 'the last listener leaving disarms the pending timer');
    assert.equal(bus.handlers.size, 0);
    assert.equal(coalescer.size(), 0);
    await clock.advance(5_000);
    assert.deepEqual(computedAt, []);
  });

  it('should compute again when a change arrives while a computation is running', async () => {
    const { clock, bus, coalescer } = setup();
    let release!: () => void;
    let calls = 0;
    const feed: Feed<number> = {
      key: 'k',
      topics: () => ['t'],
      compute: async () => {
        calls += 1;
        if (calls === 1) await new Promise<void>((r) => (release = r));
        return calls;
      },
    };
    const rec = recorder<number>();
    coalescer.subscribe(feed, rec.listener);
    bus.emit('t');
    await clock.advance(500);
    assert.equal(calls, 1);
    bus.emit('t'); // during the slow first computation
    await clock.advance(500);
    assert.equal(calls, 1, 'no second computation runs beside the first');
    release();
    await settle();
    await settle();
    assert.equal(calls, 2);
    assert.deepEqual(rec.values, [1, 2]);
  });

  it('should end every listener on a fatal error and retry a transient one', async () => {
    const { clock, bus, coalescer, errors } = setup({ isFatal: (e) => (e as Error).message === 'gone' });
    let outcome: 'transient' | 'gone' | 'ok' = 'transient';
    const feed: Feed<string> = {
      key: 'k',
      topics: () => ['t'],
      compute: async () => {
        if (outcome === 'ok') return 'state';
        throw new Error(outcome);
      },
    };
    const rec = recorder<string>();
    coalescer.subscribe(feed, rec.listener);
    bus.emit('t');
    await clock.advance(500);
    assert.equal(errors.length, 1, 'the transient error was reported');
    outcome = 'ok';
    await clock.advance(1_999);
    assert.deepEqual(rec.values, [], 'a failing database is not retried faster than the max wait');
    await clock.advance(1);
    assert.deepEqual(rec.values, ['state'], 'retried without another change');
    outcome = 'gone';
    bus.emit('t');
    await clock.advance(500);
    assert.equal(rec.errors.length, 1);
    assert.equal(coalescer.size(), 0);
    assert.equal(bus.handlers.size, 0);
  });

  it('should follow the topics a feed reports after each computation', async () => {
    const { clock, bus, coalescer } = setup();
    let topics = ['venue:v', 'activity:1'];
    const feed: Feed<number> = { key: 'widget:venue:v', topics: () => topics, compute: async () => 1 };
    coalescer.subscribe(feed, recorder<number>().listener);
    topics = ['venue:v', 'activity:1', 'activity:2'];
    bus.emit('venue:v');
    await clock.advance(500);
    assert.deepEqual([...bus.handlers.keys()].sort(), ['activity:1', 'activity:2', 'venue:v']);
  });
});
