import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findCapacityMismatches } from '../../src/domain/reservations/capacity-check.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import {
  capacityRemaining,
  createActivityFixture,
  createSession,
  type ActivityFixture,
} from '../reservations/fixtures.ts';
import { bookManually, emailsTo, manualInput, RESCHEDULE } from './fixtures.ts';

describe('rescheduleBooking', () => {
  let app: TestApp;
  let fx: ActivityFixture;
  before(async () => {
    app = await startTestApp({ holdSweeper: false });
    fx = await createActivityFixture(app.services.db);
  });
  after(() => app.stop());

  it('should move the seats to the new session atomically and email the new time with an .ics', async () => {
    const from = await createSession(app.services.db, fx, { capacity: 6 });
    const to = await createSession(app.services.db, fx, { capacity: 6 });
    const email = 'mover@example.com';
    const booking = await bookManually(app.url, fx.apiKey, manualInput(from, { customer: { name: 'M', email } }));
    const res = await gql(app.url, RESCHEDULE, { id: booking.id, s: to }, { apiKey: fx.apiKey });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.rescheduleBooking.sessionId, to);
    assert.equal(res.data!.rescheduleBooking.status, 'CONFIRMED');
    assert.equal(await capacityRemaining(app.services.db, from), 6);
    assert.equal(await capacityRemaining(app.services.db, to), 4);
    const [moved] = await emailsTo(app.services.db, email);
    assert.match(moved!.subject, /moved/);
    assert.equal(moved!.attachments?.length, 1);
    assert.deepEqual(await findCapacityMismatches(app.services.db), []);
  });

  it('should refuse a session without room with BAD_USER_INPUT and change nothing', async () => {
    const from = await createSession(app.services.db, fx, { capacity: 6 });
    const full = await createSession(app.services.db, fx, { capacity: 3 });
    await bookManually(app.url, fx.apiKey, manualInput(full));
    const booking = await bookManually(app.url, fx.apiKey, manualInput(from));
    const res = await gql(app.url, RESCHEDULE, { id: booking.id, s: full }, { apiKey: fx.apiKey });
    assert.equal(errorCode(res), 'BAD_USER_INPUT');
    assert.equal(await capacityRemaining(app.services.db, from), 4);
    assert.equal(await capacityRemaining(app.services.db, full), 1);
  });

  it('should refuse a session of another organization (NOT_FOUND) and a closed one (BAD_USER_INPUT)', async () => {
    const from = await createSession(app.services.db, fx);
    const other = await createActivityFixture(app.services.db);
    const foreign = await createSession(app.services.db, other);
    const booking = await bookManually(app.url, fx.apiKey, manualInput(from));
    const res = await gql(app.url, RESCHEDULE, { id: booking.id, s: foreign }, { apiKey: fx.apiKey });
    assert.equal(errorCode(res), 'NOT_FOUND');
    const closed = await createSession(app.services.db, fx, { status: 'closed' });
    const res2 = await gql(app.url, RESCHEDULE, { id: booking.id, s: closed }, { apiKey: fx.apiKey });
    assert.equal(errorCode(res2), 'BAD_USER_INPUT');
    assert.equal(await capacityRemaining(app.services.db, from), 8);
  });
});
