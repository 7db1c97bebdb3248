import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildSchema, parse, type ExecutionResult } from 'graphql';
import { createSharedSubscribe } from '../../src/graphql/shared-subscribe.ts';
import { createLatestQueue } from '../../src/realtime/latest-queue.ts';

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Update { n: Int! }
  type Subscription { changed(topic: String!): Update! }
`);

/** A feed stand-in: every subscriber's queue gets the same state objects; `n` resolutions are counted. */
function setup() {
  const queues: { push(state: unknown): void }[] = [];
  let closed = 0;
  let resolved = 0;
  const rootValue = {
    changed: () => {
      const queue = createLatestQueue<unknown>(() => (closed += 1));
      queues.push(queue);
      return queue.iterator;
    },
  };
  const Update = schema.getType('Update') as unknown as { getFields(): Record<string, { resolve?: unknown }> };
  Update.getFields().n!.resolve = (update: { n: number }) => {
    resolved += 1;
    return update.n;
  };
  const push = (state: unknown) => queues.forEach((q) => q.push(state));
  return { push, resolved: () => resolved, closed: () => closed, rootValue };
}

const doc = (topic: string) => ({
  document: parse(`subscription { changed(topic: "${topic}") { n } }`),
});

describe('shared subscription execution', () => {
  it('should execute a pushed state once for every subscriber of the same document and variables', async () => {
    const s = setup();
    const subscribe = createSharedSubscribe();
    const iterators = (await Promise.all(
      [1, 2, 3].map(() => subscribe({ schema, rootValue: s.rootValue, ...doc('a') })),
    )) as AsyncIterableIterator<ExecutionResult>[];
    const other = (await subscribe({
      schema,
      rootValue: s.rootValue,
      ...doc('b'),
    })) as AsyncIterableIterator<ExecutionResult>;
    s.push({ changed: { n: 7 } });
    const results = await Promise.all([...iterators, other].map((it) => it.next()));
    assert.deepEqual(
      results.map((r) => JSON.parse(JSON.stringify(r.value)) as unknown),
      [1, 2, 3, 4].map(() => ({ data: { changed: { n: 7 } } })),
    );
    assert.equal(s.resolved(), 2, 'one execution for the three of topic a, one for b');
    s.push({ changed: { n: 8 } });
    await Promise.all(iterators.map((it) => it.next()));
    assert.equal(s.resolved(), 3, 'a new state is executed again, once');
  });

  it('should end the source at once when a subscriber leaves while waiting', async () => {
    const s = setup();
    const subscribe = createSharedSubscribe();
    const it = (await subscribe({
      schema,
      rootValue: s.rootValue,
      ...doc('a'),
    })) as AsyncIterableIterator<ExecutionResult>;
    const pending = it.next();
    await it.return!();
    assert.equal(s.closed(), 1, 'the feed listener is gone without another push');
    assert.equal((await pending).done, true);
  });
});
