import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createOutboxWorker } from '../../src/jobs/outbox-worker.ts';
import { createLogger } from '../../src/observability/logger.ts';
import type { Outbox } from '../../src/outbox/outbox.ts';

/** The outbox worker and the reminder job run on periodicLoop: passes never overlap, a failure does not end them. */
describe('outbox worker on periodicLoop', () => {
  it('should keep running after a failed pass, never overlap passes, and stop after the pass in progress', async () => {
    let calls = 0;
    let inFlight = 0;
    let maxInFlight = 0;
    let finishedAfterStop = false;
    let stopping = false;
    const outbox = {
      async deliverDue() {
        calls += 1;
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((r) => setTimeout(r, 15));
        inFlight -= 1;
        if (stopping) finishedAfterStop = true;
        if (calls === 1) throw new Error('smtp down');
      },
    } as unknown as Outbox;
    const worker = createOutboxWorker({ outbox, logger: createLogger('silent'), intervalMs: 1 });
    worker.start();
    while (calls < 4) await new Promise((r) => setTimeout(r, 5));
    stopping = true;
    await worker.stop();
    assert.equal(inFlight, 0, 'stop() waited for the pass in progress');
    assert.ok(finishedAfterStop, 'the pass that was running when stop() came finished');
    assert.equal(maxInFlight, 1, 'passes never overlap');
    const after = calls;
    await new Promise((r) => setTimeout(r, 30));
    assert.equal(calls, after, 'no pass after stop()');
  });
});
