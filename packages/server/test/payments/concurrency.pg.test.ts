import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import { reserveSlot } from '../../src/domain/reservations/reserve.ts';
import type { TestApp } from '../support/app.ts';
import { gql } from '../support/graphql.ts';
import { startTwoInstances, type TwoInstances } from './two-instances.ts';
import { requirePostgres } from '../support/postgres-only.ts';
import { deliver, signedEvent, type StripeStandIn } from '../support/stripe-stand-in.ts';
import {
  bookingsOf,
  capacity,
  checkoutInput,
  CONFIRM_CHECKOUT,
  CREATE_CHECKOUT,
  createSession,
  hold,
  WEBHOOK_SECRET,
  type Catalog,
} from './fixtures.ts';

/** Exactly once under real concurrency: two server instances on one PostgreSQL database. */
describe('payments under concurrency (PostgreSQL)', () => {
  let stripe: StripeStandIn;
  let a: TestApp;
  let b: TestApp;
  let cat: Catalog;
  let pair: TwoInstances | undefined;
  before(async (t) => {
    if (!(await requirePostgres(t as never))) return;
    pair = await startTwoInstances();
    ({ stripe, a, b, cat } = pair);
  });
  after(() => pair?.stop());

  async function paidCheckout(sessionId: string, quantity: number) {
    const reservationId = await hold(a.services, sessionId, [{ tier: 'adult', quantity }]);
    const res = await gql(a.url, CREATE_CHECKOUT, { input: checkoutInput(reservationId) });
    const checkoutSessionId = res.data!.createCheckout.checkoutSessionId as string;
    return { reservationId, checkoutSessionId };
  }

  /** DESIGN §4.1 over the whole database: remaining = total − live party sizes, never negative. */
  async function assertCapacityInvariant() {
    const bad = await queryRows<{ id: string }>(
      a.services.db,
      sql`select s.id from activity_sessions s
          where s.capacity_remaining < 0
             or s.capacity_remaining <> s.capacity_total - coalesce((select sum(r.party_size) from slot_reservations r
                  where r.session_id = s.id and r.status in ('held', 'confirmed')), 0)`,
    );
    assert.deepEqual([...bad], [], `sessions off the capacity invariant: ${JSON.stringify(bad)}`);
  }

  it('should create one booking when the same event is delivered 5 times at once to two instances', async (t) => {
    if (!pair) return t.skip();
    const session = await createSession(a.services.db, cat);
    for (let round = 0; round < 5; round++) {
      const { reservationId, checkoutSessionId } = await paidCheckout(session, 1);
      const event = signedEvent('checkout.session.completed', stripe.pay(checkoutSessionId), WEBHOOK_SECRET);
      const answers = await Promise.all(
        [a, b, a, b, a].map((app) =>
          deliver(app.url, event).then(async (r) => ({
            status: r.status,
            body: (await r.json()) as { effect: string },
          })),
        ),
      );
      assert.deepEqual(
        answers.map((x) => x.status),
        [200, 200, 200, 200, 200],
      );
      assert.deepEqual(answers.map((x) => x.body.effect).sort(), ['booked', 'replay', 'replay', 'replay', 'replay']);
      assert.equal((await bookingsOf(a.services.db, reservationId)).length, 1);
    }
    const [emails] = await queryRows<{ n: number }>(
      a.services.db,
      sql`select count(*)::int as n from outbox where kind = 'email'`,
    );
    assert.equal(Number(emails!.n), 5, 'one confirmation email per booking');
    assert.equal(await capacity(a.services.db, session), 5);
    await assertCapacityInvariant();
  });

  it('should converge on one booking when the webhook and confirmCheckout race', async (t) => {
    if (!pair) return t.skip();
    const session = await createSession(a.services.db, cat, 20);
    for (let round = 0; round < 8; round++) {
      const { reservationId, checkoutSessionId } = await paidCheckout(session, 2);
      const event = signedEvent('checkout.session.completed', stripe.pay(checkoutSessionId), WEBHOOK_SECRET);
      const [hook, c1, c2] = await Promise.all([
        deliver(round % 2 ? a.url : b.url, event).then((r) => r.status),
        gql(a.url, CONFIRM_CHECKOUT, { id: checkoutSessionId }),
        gql(b.url, CONFIRM_CHECKOUT, { id: checkoutSessionId }),
      ]);
      assert.equal(hook, 200);
      assert.equal(c1.errors, undefined, JSON.stringify(c1.errors));
      assert.equal(c2.errors, undefined, JSON.stringify(c2.errors));
      const booked = await bookingsOf(a.services.db, reservationId);
      assert.equal(booked.length, 1);
      assert.equal(c1.data!.confirmCheckout.id, booked[0]!.id);
      assert.equal(c2.data!.confirmCheckout.id, booked[0]!.id);
    }
    assert.equal(await capacity(a.services.db, session), 4);
    await assertCapacityInvariant();
  });

  it(
    'should never oversell when a late payment races a new hold ' +
      'for the last seats; the loser is refunded or turned away',
    async (t) => {
      if (!pair) return t.skip();
      let refunded = 0;
      let reacquired = 0;
      for (let round = 0; round < 8; round++) {
        const session = await createSession(a.services.db, cat, 2);
        const { reservationId, checkoutSessionId } = await paidCheckout(session, 2);
        const expired = signedEvent(
          'checkout.session.expired',
          { ...stripe.sessions.get(checkoutSessionId)!, status: 'expired' },
          WEBHOOK_SECRET,
        );
        assert.equal((await deliver(a.url, expired)).status, 200);
        const completed = signedEvent('checkout.session.completed', stripe.pay(checkoutSessionId), WEBHOOK_SECRET);
        const [late, rival] = await Promise.all([
          deliver(b.url, completed).then((r) => r.status),
          reserveSlot(
            a.services,
            {
              sessionId: session,
              tickets: [{ tier: 'adult', quantity: 2 }],
              email: 'rival@example.com',
              idempotencyKey: randomUUID(),
            },
            { ip: null },
          ),
        ]);
        assert.equal(late, 200);
        const [booking] = await bookingsOf(a.services.db, reservationId);
        if (booking!.status === 'refunded') {
          refunded++;
          assert.equal(rival.type, 'Reservation');
          assert.equal(
            stripe.calls('POST', '/v1/refunds').filter((r) => r.idempotencyKey === `refund-${checkoutSessionId}`)
              .length,
            1,
          );
        } else {
          reacquired++;
          assert.equal(booking!.status, 'confirmed');
          assert.equal(rival.type, 'SlotUnavailable');
        }
        assert.equal(await capacity(a.services.db, session), 0);
      }
      assert.equal(refunded + reacquired, 8);
      t.diagnostic(`late payment won ${reacquired}, rival hold won ${refunded} (refunded) of 8`);
      await assertCapacityInvariant();
    },
  );
});
