import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLatestQueue } from '../../src/realtime/latest-queue.ts';

describe('latest-value queue', () => {
  it('should hand a slow reader only the newest snapshot', async () => {
    const q = createLatestQueue<number>(() => {});
    q.push(1);
    q.push(2);
    assert.deepEqual(await q.iterator.next(), { done: false, value: 2 });
  });

  it('should end a pending next() and run onReturn once when return() is called', async () => {
    let returned = 0;
    const q = createLatestQueue<number>(() => (returned += 1));
    const pending = q.iterator.next();
    await q.iterator.return!();
    await q.iterator.return!();
    assert.deepEqual(await pending, { done: true, value: undefined });
    assert.equal(returned, 1);
    q.push(3);
    assert.deepEqual(await q.iterator.next(), { done: true, value: undefined });
  });

  it('should reject the reader after a failure and count as ended', async () => {
    let returned = 0;
    const q = createLatestQueue<number>(() => (returned += 1));
    const pending = q.iterator.next();
    q.fail(new Error('gone'));
    await assert.rejects(pending, /gone/);
    assert.equal(returned, 1);
  });
});
