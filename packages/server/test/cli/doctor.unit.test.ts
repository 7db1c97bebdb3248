import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runSlotkit } from './run-cli.ts';

/** Answers every Stripe API call as Stripe does for a wrong secret key. */
function startRejectingStripe(): Promise<{ server: Server; url: string; calls: string[] }> {
  const calls: string[] = [];
  const server = createServer((req, res) => {
    calls.push(`${req.method} ${req.url}`);
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } }));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls }),
    ),
  );
}

describe('slotkit doctor on a misconfigured production setup', () => {
  let stripe: Awaited<ReturnType<typeof startRejectingStripe>>;
  before(async () => (stripe = await startRejectingStripe()));
  after(() => new Promise<void>((done) => stripe.server.close(() => done())));

  it('should name every problem in plain words and exit 1', async () => {
    const result = await runSlotkit(['doctor'], {
      NODE_ENV: 'production',
      // Nothing listens on port 1: the database cannot be reached.
      DATABASE_URL: 'postgres://slotkit@127.0.0.1:1/slotkit',
      STRIPE_SECRET_KEY: 'sk_live_wrong',
      STRIPE_API_URL: stripe.url,
      PUBLIC_URL: 'http://bookings.example.com',
      SMTP_URL: 'smtp://127.0.0.1:1',
    });
    assert.equal(result.code, 1, result.stdout + result.stderr);
    const problems = result.stdout.split('\n').filter((l) => l.startsWith('PROBLEM'));
    const expected = [
      /configuration: STRIPE_WEBHOOK_SECRET: required when NODE_ENV=production/,
      /database: cannot open PostgreSQL at 127\.0\.0\.1:1\/slotkit/,
      /PUBLIC_URL: http:\/\/bookings\.example\.com is not https/,
      /Stripe: Stripe rejected STRIPE_SECRET_KEY/,
      /SMTP: cannot use the SMTP server at 127\.0\.0\.1:1/,
    ];
    for (const pattern of expected)
      assert.ok(
        problems.some((l) => pattern.test(l)),
        `${pattern} in:\n${result.stdout}`,
      );
    assert.equal(problems.length, expected.length, result.stdout);
    assert.match(result.stdout, new RegExp(`^${expected.length} problems found`, 'm'));
    assert.ok(
      stripe.calls.some((c) => c.startsWith('GET /v1/balance')),
      'the key was tried against Stripe',
    );
  });

  it('should name each invalid or missing setting when the configuration cannot load', async () => {
    const result = await runSlotkit(['doctor'], {
      NODE_ENV: 'production',
      DATABASE_URL: 'mysql://nope',
      PORT: 'eighty',
    });
    assert.equal(result.code, 1, result.stdout + result.stderr);
    for (const name of ['DATABASE_URL', 'PORT', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'PUBLIC_URL'])
      assert.match(result.stdout, new RegExp(`^PROBLEM +configuration: ${name}:`, 'm'), result.stdout);
  });
});
