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
  it("should push a quiet topic's first change one window later, once, to every listener", async () => {
    const { clock, bus, coalescer } = setup();
    const { feed, computedAt } = countingFeed(clock);
    const a = recorder<number>();
    const b = recorder<number>();
    coalescer.subscribe(feed, a.listener);
    coalescer.subscribe(feed, b.listener);
    await clock.advance(1_234); // quiet until now
    bus.emit('availability:a:2026-01-01');
    await clock.advance(300);
    bus.emit('availability:a:2026-01-01'); // a throttle: this change does not postpone the push
    await clock.advance(199);
    assert.deepEqual(computedAt, []);
    await clock.advance(1);
    assert.deepEqual(computedAt, [1_234 + 500], 'pushed one window after the first change');
    assert.deepEqual(a.values, [1]);
    assert.deepEqual(b.values, [1]);
    assert.equal(coalescer.timers(), 0, 'both changes are in that push: nothing more is due');
  });

  it('should push a steady stream once per window, each change within a window of its arrival', async () => {
    const { clock, bus, coalescer } = setup();
    const { feed, computedAt } = countingFeed(clock);
    coalescer.subscribe(feed, recorder<number>().listener);
    const changes: number[] = [];
    for (let t = 0; t < 10_000; t += 7) {
      changes.push(clock.now());
      bus.emit('availability:a:2026-01-01');
      await clock.advance(7);
    }
    await clock.advance(1_000);
    const gaps = computedAt.slice(1).map((t, i) => t - computedAt[i]!);
    assert.ok(
      gaps.every((g) => g >= 500),
      `at most one computation per window: ${gaps.join(',')}`,
    );
    assert.ok(
      computedAt.length >= 18 && computedAt.length <= 21,
      `about one per window over 10 s: ${computedAt.length}`,
    );
    // Every change is in the first computation that starts after it, at most a window (+ one step) later.
    const waits = changes.map((c) => computedAt.find((t) => t >= c)! - c);
    assert.ok(Math.max(...waits) <= 500 + 7, `longest wait ${Math.max(...waits)} ms`);
  });

  it('should always push the last change of a stream, however it ends', async () => {
    for (const end of [1_000, 1_003, 1_250, 1_499, 1_777]) {
      const { clock, bus, coalescer } = setup();
      const { feed, computedAt } = countingFeed(clock);
      const rec = recorder<number>();
      coalescer.subscribe(feed, rec.listener);
      while (clock.now() < end) {
        bus.emit('availability:a:2026-01-01');
        await clock.advance(Math.min(11, end - clock.now()));
      }
      bus.emit('availability:a:2026-01-01'); // the last change, at `end`
      await clock.advance(5_000);
      assert.ok(computedAt.at(-1)! >= end, `a computation after the last change at ${end}: ${computedAt.join(',')}`);
      assert.ok(computedAt.at(-1)! <= end + 500, `within a window of it (${end})`);
      assert.equal(rec.values.at(-1), computedAt.length, 'the listener got that last computation');
      assert.equal(coalescer.timers(), 0);
    }
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
