import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { queueDueReminders } from '../../src/domain/bookings/reminders.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { createActivityFixture, createSession, type ActivityFixture } from '../reservations/fixtures.ts';
import { bookManually, emailsTo, manageTokenOf, manualInput } from './fixtures.ts';

describe('reminder emails', () => {
  let app: TestApp;
  let fx: ActivityFixture;
  before(async () => {
    app = await startTestApp({ holdSweeper: false });
    fx = await createActivityFixture(app.services.db);
  });
  after(() => app.stop());

  const hoursAhead = (h: number) => new Date(app.services.now().getTime() + h * 3_600_000);

  it('should queue exactly one reminder, with a manage link, for a booking inside reminderHours', async () => {
    const soon = await createSession(app.services.db, fx, { startsAt: hoursAhead(5) });
    const later = await createSession(app.services.db, fx, { startsAt: hoursAhead(24 * 6) });
    const email = 'remind@example.com';
    const farEmail = 'far@example.com';
    await bookManually(app.url, fx.apiKey, manualInput(soon, { customer: { name: 'R', email } }));
    await bookManually(app.url, fx.apiKey, manualInput(later, { customer: { name: 'F', email: farEmail } }));
    const url = app.services.payments.publicUrl();
    const first = await queueDueReminders(app.services.db, app.services.now(), url);
    const second = await queueDueReminders(app.services.db, app.services.now(), url);
    assert.equal(first.length, 1);
    assert.equal(second.length, 0, 'never twice');
    const [reminder] = await emailsTo(app.services.db, email);
    assert.match(reminder!.subject, /Reminder/);
    assert.ok(manageTokenOf(reminder!.text));
    assert.equal((await emailsTo(app.services.db, farEmail)).length, 1, 'only the confirmation');
  });
});
