import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { startTestApp, type TestApp } from '../support/app.ts';
import { createActivityFixture, createSession, type ActivityFixture } from '../reservations/fixtures.ts';
import { bookManually, manualInput, RESCHEDULE } from './fixtures.ts';
import { gql } from '../support/graphql.ts';

describe('booking emails through a real SMTP server', () => {
  let app: TestApp;
  let fx: ActivityFixture;
  let smtp: SMTPServer;
  const received: { to: string; raw: string }[] = [];
  before(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, done) {
        let raw = '';
        stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    app = await startTestApp({ holdSweeper: false, config: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
    fx = await createActivityFixture(app.services.db);
  });
  after(async () => {
    await app.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('should deliver the confirmation (HTML + text + .ics + manage link) and the reschedule, once each', async () => {
    const from = await createSession(app.services.db, fx);
    const to = await createSession(app.services.db, fx);
    const email = 'smtp-guest@example.com';
    const booking = await bookManually(app.url, fx.apiKey, manualInput(from, { customer: { name: 'S', email } }));
    const moved = await gql(app.url, RESCHEDULE, { id: booking.id, s: to }, { apiKey: fx.apiKey });
    assert.equal(moved.errors, undefined, JSON.stringify(moved.errors));
    const mine = received.filter((m) => m.to === email);
    assert.equal(mine.length, 2, 'confirmation + reschedule, each once');
    const [confirmation, reschedule] = mine;
    assert.match(confirmation!.raw, new RegExp(booking.bookingNumber));
    assert.match(confirmation!.raw, /text\/html/);
    assert.match(confirmation!.raw, /text\/calendar/);
    assert.match(confirmation!.raw, /\/manage\//);
    assert.match(reschedule!.raw, /moved/);
    assert.match(reschedule!.raw, /text\/calendar/);
  });
});
