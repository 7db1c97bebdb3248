import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import { bookings, promoCodes } from '../../src/db/schema/index.ts';
import { reserveSlot } from '../../src/domain/reservations/reserve.ts';
import type { TestApp } from '../support/app.ts';
import { gql } from '../support/graphql.ts';
import { startTwoInstances, type TwoInstances } from './two-instances.ts';
import { requirePostgres } from '../support/postgres-only.ts';
import type { StripeStandIn } from '../support/stripe-stand-in.ts';
import { backdate, checkoutInput, CONFIRM_CHECKOUT, CREATE_CHECKOUT, createSession, type Catalog } from './fixtures.ts';

/**
 * A promo code of max M under N parallel parties on two server instances (issue 22): exactly M bookings
 * are discounted. The hold reserves a redemption under the code's row lock (reserve_slot()), the
 * booking counts it under the same lock, and a payment whose hold ended while others took the code is
 * refunded rather than booked at a discount, so redemptions never exceed M.
 */
describe('promo code redemptions under concurrency (PostgreSQL)', () => {
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

  async function newCode(max: number) {
    const [row] = await a.services.db
      .insert(promoCodes)
      .values({
        organizationId: cat.organizationId,
        code: `RACE${randomUUID().slice(0, 8)}`,
        amountOffCents: 1000,
        maxRedemptions: max,
      })
      .returning();
    return row!;
  }

  /** One party's whole journey on one instance: hold (with the code, else without), Checkout, pay, book. */
  async function party(app: TestApp, sessionId: string, code: string) {
    const attempt = (promoCode: string | null) =>
      reserveSlot(
        app.services,
        {
          sessionId,
          tickets: [{ tier: 'adult', quantity: 1 }],
          email: `p${randomUUID()}@example.com`,
          idempotencyKey: randomUUID(),
          promoCode,
        },
        { ip: null },
      );
    let outcome = await attempt(code);
    const discounted = outcome.type === 'Reservation';
    if (outcome.type === 'InvalidReservation') {
      assert.equal(outcome.reason, 'PROMO_CODE_INVALID');
      outcome = await attempt(null);
    }
    assert.equal(outcome.type, 'Reservation', JSON.stringify(outcome));
    if (outcome.type !== 'Reservation') throw new Error('no hold');
    const res = await gql(app.url, CREATE_CHECKOUT, { input: checkoutInput(outcome.reservation.id) });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const checkoutId = res.data!.createCheckout.checkoutSessionId as string;
    assert.equal(
      stripe.sessions.get(checkoutId)!.amount_total,
      discounted ? 2000 : 3000,
      'Stripe charges the held amount',
    );
    stripe.pay(checkoutId);
    const done = await gql(app.url, CONFIRM_CHECKOUT, { id: checkoutId });
    assert.equal(done.errors, undefined, JSON.stringify(done.errors));
    return { discounted, reservationId: outcome.reservation.id };
  }

  const discountedBookings = async (promoId: string) =>
    (await a.services.db.select().from(bookings).where(eq(bookings.promoCodeId, promoId))).filter(
      (row) => row.status === 'confirmed' && row.discountCents === 1000,
    ).length;

  it('should discount exactly M of N parallel bookings', async (t) => {
    if (!pair) return t.skip();
    const N = 16;
    const M = 5;
    const promo = await newCode(M);
    const sessions = await Promise.all(Array.from({ length: 4 }, () => createSession(a.services.db, cat, 10)));
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        party(i % 2 ? b : a, sessions[i % sessions.length]!, promo.code.toLowerCase()),
      ),
    );
    assert.equal(results.filter((r) => r.discounted).length, M, 'exactly M holds got the code');
    assert.equal(await discountedBookings(promo.id), M, 'exactly M bookings are discounted');
    const [row] = await a.services.db.select().from(promoCodes).where(eq(promoCodes.id, promo.id));
    assert.equal(row!.redemptions, M, 'each counted once');
    const [{ n }] = (await queryRows<{ n: number }>(
      a.services.db,
      sql`select count(*)::int as n from bookings where status = 'confirmed' and promo_code_id is null
          and session_id = any(${sql.raw(`array[${sessions.map((s) => `'${s}'::uuid`).join(',')}]`)})`,
    )) as [{ n: number }];
    assert.equal(Number(n), N - M, 'everyone else booked at full price');
  });

  it('should never exceed M when late payments race new holds for the freed redemptions', async (t) => {
    if (!pair) return t.skip();
    const M = 4;
    const promo = await newCode(M);
    const session = await createSession(a.services.db, cat, 40);
    // M holds take every redemption and reach Checkout; then their holds end before the money arrives.
    const late = [];
    for (let i = 0; i < M; i++) {
      const outcome = await reserveSlot(
        a.services,
        {
          sessionId: session,
          tickets: [{ tier: 'adult', quantity: 1 }],
          email: `late${i}@example.com`,
          idempotencyKey: randomUUID(),
          promoCode: promo.code,
        },
        { ip: null },
      );
      assert.equal(outcome.type, 'Reservation');
      if (outcome.type !== 'Reservation') return;
      const res = await gql(a.url, CREATE_CHECKOUT, { input: checkoutInput(outcome.reservation.id) });
      late.push(res.data!.createCheckout.checkoutSessionId as string);
      await backdate(a.services.db, outcome.reservation.id);
    }
    // Now the late payments and 12 new parties race for the same M redemptions, on two instances.
    const racers = [
      ...late.map((checkoutId, i) => async () => {
        stripe.pay(checkoutId);
        await gql((i % 2 ? b : a).url, CONFIRM_CHECKOUT, { id: checkoutId });
      }),
      ...Array.from({ length: 12 }, (_, i) => () => party(i % 2 ? a : b, session, promo.code)),
    ];
    await Promise.all(racers.map((run) => run()));
    const [row] = await a.services.db.select().from(promoCodes).where(eq(promoCodes.id, promo.id));
    assert.equal(row!.redemptions, M, 'every redemption went to exactly one booking');
    assert.equal(await discountedBookings(promo.id), M, 'exactly M discounted bookings, never more');
    const [{ live }] = (await queryRows<{ live: number }>(
      a.services.db,
      sql`select count(*)::int as live from slot_reservations
          where promo_code_id = ${promo.id}::uuid and status = 'held' and expires_at > now()`,
    )) as [{ live: number }];
    assert.equal(Number(live), 0, 'no hold is left reserving a redemption');
  });
});
