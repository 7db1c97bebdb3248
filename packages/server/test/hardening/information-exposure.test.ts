import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { makeOrganization } from '../admin/fixtures.ts';
import { createActivityFixture } from '../reservations/fixtures.ts';
import { openWsSession } from './ws-session.ts';

const PRODUCTION = {
  NODE_ENV: 'production' as const,
  STRIPE_SECRET_KEY: 'sk_test_exposure',
  STRIPE_WEBHOOK_SECRET: 'whsec_exposure',
  PUBLIC_URL: 'https://slotkit.example',
};
const INTROSPECT = `{ __schema { mutationType { fields { name } } } }`;
const TICKET_TIER = `mutation($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename } }`;

/** Issue 16 item 10: what the server tells callers it does not know. */
describe('Issue 16 item 10: no schema, suggestions, SQL or settings leak to anonymous callers', () => {
  let prod: TestApp;
  let dev: TestApp;
  before(async () => {
    prod = await startTestApp({ config: PRODUCTION });
    dev = await startTestApp();
  });
  after(async () => {
    await prod.stop();
    await dev.stop();
  });

  it('should refuse anonymous introspection in production, and allow it with an API key', async () => {
    const anonymous = await gql(prod.url, INTROSPECT);
    assert.equal(errorCode(anonymous), 'FORBIDDEN');
    assert.equal(anonymous.data?.__schema, undefined);
    const org = await makeOrganization(prod.database.handle.db, 'Console user');
    const keyed = await gql(prod.url, INTROSPECT, {}, { apiKey: org.key });
    assert.ok(keyed.data!.__schema.mutationType.fields.length > 0, 'the console still introspects');
  });

  it('should drop "Did you mean" from variable errors in production', async () => {
    const input = { sessionId: '00000000-0000-0000-0000-000000000000', tickets: [{ tier: 'ADULTT', quantity: 1 }] };
    const res = await gql(prod.url, TICKET_TIER, { input: { ...input, email: 'a@b.example', idempotencyKey: 'k' } });
    assert.equal(errorCode(res), 'BAD_USER_INPUT');
    for (const e of res.errors!) assert.doesNotMatch(e.message, /Did you mean/);
  });

  it('should answer INTERNAL without SQL, parameters or a stack in development too', async () => {
    // A statement that fails inside PostgreSQL (a column this app's queries name is gone): the driver's
    // error message carries the SQL text and its parameters.
    const fx = await createActivityFixture(dev.services.db);
    await dev.services.db.execute(sql`alter table activity_sessions rename column capacity_remaining to gone`);
    const res = await gql(dev.url, `query($id: ID!) { availability(activityId: $id, date: "2030-01-15") { id } }`, {
      id: fx.activityId,
    });
    assert.equal(errorCode(res), 'INTERNAL');
    const body = JSON.stringify(res.errors);
    assert.doesNotMatch(body, /select|capacity_remaining|params|stacktrace/i);
  });

  it('should name a rejected setting in the start error without echoing its value', () => {
    const secret = 'postgres://admin:hunter2@db.internal/slotkit';
    assert.throws(
      () => loadConfig({ DATABASE_URL: secret.replace('postgres', 'mysql'), PORT: 'eighty' }),
      (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        assert.ok(err.problems.some((p) => p.startsWith('DATABASE_URL')));
        assert.doesNotMatch(err.message, /hunter2|eighty/);
        return true;
      },
    );
  });
});

/** Issue 16 item 12: bad variables over graphql-ws are the caller's input, as over HTTP. */
describe('Issue 16 item 12: socket variable errors are BAD_USER_INPUT', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.stop());

  it('should answer BAD_USER_INPUT to a subscription whose variables do not coerce', async () => {
    const socket = await openWsSession(app.url);
    try {
      const bad = await socket.run(
        `subscription($a: ID!, $d: Date!) { availabilityChanged(activityId: $a, date: $d) { date } }`,
        { a: '00000000-0000-0000-0000-000000000000', d: 'not-a-date' },
      );
      assert.equal(bad.code, 'BAD_USER_INPUT');
      const tooBig = await socket.run(
        `query($n: Int!, $s: ID!) { checkSlotAvailability(sessionId: $s, partySize: $n) }`,
        {
          n: 2 ** 40,
          s: '00000000-0000-0000-0000-000000000000',
        },
      );
      assert.equal(tooBig.code, 'BAD_USER_INPUT');
      const missing = await socket.run(`query($id: ID!) { availability(activityId: $id, date: "2030-01-01") { id } }`);
      assert.equal(missing.code, 'BAD_USER_INPUT');
    } finally {
      socket.close();
    }
  });
});
