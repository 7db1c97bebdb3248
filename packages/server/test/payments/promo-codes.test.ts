import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import { promoCodes } from '../../src/db/schema/index.ts';
import { syncActivityCatalog } from '../../src/domain/admin/stripe-sync.ts';
import { createActivityFixture } from '../reservations/fixtures.ts';
import { errorCode, gql } from '../support/graphql.ts';
import {
  backdate,
  bookingsOf,
  checkoutInput,
  CONFIRM_CHECKOUT,
  CREATE_CHECKOUT,
  createCatalog,
  createSession,
  reservation,
  startPaymentsApp,
  type Catalog,
  type PaymentsHarness,
} from './fixtures.ts';

const CREATE = `mutation($input: CreatePromoCodeInput!) { createPromoCode(input: $input) {
  id code percentOff amountOffCents validFrom validUntil maxRedemptions redemptions activityIds active } }`;
const LIST = `{ promoCodes { id code active redemptions } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivatePromoCode(id: $id) { id active } }`;
const RESERVE = `mutation($input: ReserveSlotInput!) { reserveSlot(input: $input) {
  __typename ... on Reservation { id totalCents discountCents } ... on InvalidReservation { reason message } } }`;
const QUOTE = `query($input: PriceQuoteInput!) { priceQuote(input: $input) {
  subtotalCents discountCents totalCents currency promoCodeError promoCodeMessage } }`;

describe('promo codes (DESIGN §9.4)', () => {
  let h: PaymentsHarness;
  let cat: Catalog;
  let other: Awaited<ReturnType<typeof createActivityFixture>>;
  before(async () => {
    h = await startPaymentsApp();
    cat = await createCatalog(h.app.services.db);
    other = await createActivityFixture(h.app.services.db, { name: 'Another organization' });
    await syncActivityCatalog(h.app.services, cat.activityId);
  });
  after(() => h.stop());

  const admin = (query: string, variables: Record<string, unknown> = {}, apiKey = cat.apiKey) =>
    gql(h.app.url, query, variables, { apiKey });
  const newCode = (prefix = 'SPRING') => `${prefix}${randomUUID().slice(0, 6).toUpperCase()}`;
  async function create(input: Record<string, unknown>) {
    const res = await admin(CREATE, { input });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data!.createPromoCode as { id: string; code: string };
  }
  async function reserve(promoCode: string | null, quantity = 2) {
    const sessionId = await createSession(h.app.services.db, cat);
    const res = await gql(h.app.url, RESERVE, {
      input: {
        sessionId,
        tickets: [{ tier: 'ADULT', quantity }],
        email: 'promo@example.com',
        idempotencyKey: randomUUID(),
        promoCode,
      },
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data!.reserveSlot as {
      __typename: string;
      id?: string;
      totalCents?: number;
      discountCents?: number;
      reason?: string;
    };
  }
  const redemptions = async (id: string) =>
    (await h.app.services.db.select().from(promoCodes).where(eq(promoCodes.id, id)))[0]!.redemptions;

  it('should create, list and deactivate codes of the caller organization only', async () => {
    const created = await create({ code: newCode(), percentOff: 10, maxRedemptions: 5, activityIds: [cat.activityId] });
    const mine = await admin(LIST);
    assert.ok(mine.data!.promoCodes.some((p: { id: string }) => p.id === created.id));
    const theirs = await admin(LIST, {}, other.apiKey);
    assert.ok(
      !theirs.data!.promoCodes.some((p: { id: string }) => p.id === created.id),
      'another organization sees nothing',
    );
    assert.equal(errorCode(await admin(DEACTIVATE, { id: created.id }, other.apiKey)), 'NOT_FOUND');
    const off = await admin(DEACTIVATE, { id: created.id });
    assert.equal(off.data!.deactivatePromoCode.active, false);
    assert.equal(errorCode(await gql(h.app.url, LIST)), 'UNAUTHENTICATED');
  });

  it('should refuse bad input with BAD_USER_INPUT naming the field', async () => {
    const code = newCode();
    await create({ code, amountOffCents: 500 });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ code: newCode(), percentOff: 10, amountOffCents: 500 }, 'percentOff'],
      [{ code: newCode() }, 'percentOff'],
      [{ code: newCode(), percentOff: 101 }, 'percentOff'],
      [{ code: 'no spaces allowed', percentOff: 10 }, 'code'],
      [{ code: code.toLowerCase(), percentOff: 10 }, 'code'],
      [{ code: newCode(), percentOff: 10, maxRedemptions: 0 }, 'maxRedemptions'],
      [
        { code: newCode(), percentOff: 10, validFrom: '2030-02-01T00:00:00Z', validUntil: '2030-01-01T00:00:00Z' },
        'validUntil',
      ],
      [{ code: newCode(), percentOff: 10, activityIds: [other.activityId] }, 'activityIds'],
    ];
    for (const [input, field] of cases) {
      const res = await admin(CREATE, { input });
      assert.equal(errorCode(res), 'BAD_USER_INPUT', JSON.stringify(input));
      assert.equal(res.errors![0]!.extensions!.field, field, JSON.stringify(input));
    }
  });

  it('should apply a code in any case and refuse unknown, expired, future, foreign and deactivated ones', async () => {
    const now = h.app.services.now().getTime();
    const good = await create({ code: newCode(), percentOff: 25 });
    const applied = await reserve(good.code.toLowerCase());
    assert.equal(applied.__typename, 'Reservation');
    assert.equal(applied.discountCents, 1500);
    assert.equal(applied.totalCents, 4500);

    const expired = await create({
      code: newCode(),
      percentOff: 10,
      validUntil: new Date(now - 3_600_000).toISOString(),
    });
    const future = await create({
      code: newCode(),
      percentOff: 10,
      validFrom: new Date(now + 3_600_000).toISOString(),
    });
    const elsewhere = await create({ code: newCode(), percentOff: 10, activityIds: [cat.activityId] });
    const foreign = await gql(
      h.app.url,
      CREATE,
      { input: { code: newCode(), percentOff: 10 } },
      { apiKey: other.apiKey },
    );
    const off = await create({ code: newCode(), percentOff: 10 });
    await admin(DEACTIVATE, { id: off.id });
    for (const code of ['NOSUCHCODE', expired.code, future.code, foreign.data!.createPromoCode.code, off.code]) {
      const refused = await reserve(code);
      assert.equal(refused.__typename, 'InvalidReservation', code);
      assert.equal(refused.reason, 'PROMO_CODE_INVALID', code);
    }
    // Scoped to this activity: it works here.
    assert.equal((await reserve(elsewhere.code)).__typename, 'Reservation');
  });

  it('should let a hold reserve a redemption and count it once, at booking', async () => {
    const promo = await create({ code: newCode(), amountOffCents: 1000, maxRedemptions: 1 });
    const first = await reserve(promo.code);
    assert.equal(first.__typename, 'Reservation');
    assert.equal(await redemptions(promo.id), 0, 'a hold does not count a redemption');
    const second = await reserve(promo.code);
    assert.equal(second.reason, 'PROMO_CODE_INVALID', 'the live hold reserved the only redemption');

    const res = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(first.id!) });
    const checkoutId = res.data!.createCheckout.checkoutSessionId as string;
    h.stripe.pay(checkoutId);
    await gql(h.app.url, CONFIRM_CHECKOUT, { id: checkoutId });
    await gql(h.app.url, CONFIRM_CHECKOUT, { id: checkoutId });
    assert.equal(await redemptions(promo.id), 1, 'counted once at booking, also when confirmed twice');
    const [booking] = await bookingsOf(h.app.services.db, first.id!);
    assert.equal(booking!.promoCodeId, promo.id);
    assert.equal(booking!.discountCents, 1000);
    const [email] = await queryRows<{ text: string }>(
      h.app.services.db,
      sql`select payload->>'text' as text from outbox
          where kind = 'email' and payload->>'text' like ${`%${booking!.bookingNumber}%`} limit 1`,
    );
    assert.match(email!.text, /Promo code discount\s+−\$10\.00/, 'the confirmation shows the discount line');
    assert.equal((await reserve(promo.code)).reason, 'PROMO_CODE_INVALID', 'used up');
  });

  it('should give a redemption back when a hold ends unpaid', async () => {
    const promo = await create({ code: newCode(), amountOffCents: 1000, maxRedemptions: 1 });
    const first = await reserve(promo.code);
    await backdate(h.app.services.db, first.id!);
    const next = await reserve(promo.code);
    assert.equal(next.__typename, 'Reservation', 'an ended hold no longer reserves the code');
  });

  it('should refund, not book, a late payment whose code was used up after its hold ended', async () => {
    const promo = await create({ code: newCode(), amountOffCents: 1000, maxRedemptions: 1 });
    const late = await reserve(promo.code);
    const res = await gql(h.app.url, CREATE_CHECKOUT, { input: checkoutInput(late.id!) });
    const checkoutId = res.data!.createCheckout.checkoutSessionId as string;
    await backdate(h.app.services.db, late.id!);
    const taker = await reserve(promo.code);
    assert.equal(taker.__typename, 'Reservation', 'the ended hold freed the redemption for another party');
    h.stripe.pay(checkoutId);
    await gql(h.app.url, CONFIRM_CHECKOUT, { id: checkoutId });
    assert.deepEqual(
      await bookingsOf(h.app.services.db, late.id!),
      [],
      'no booking at a discount the code no longer covers',
    );
    assert.equal(await redemptions(promo.id), 0, 'the maximum stays with the live hold');
    assert.notEqual((await reservation(h.app.services.db, late.id!)).status, 'confirmed');
  });

  it('should quote the discount for the Apply button and name a bad code', async () => {
    const promo = await create({ code: newCode(), percentOff: 20 });
    const tickets = [
      { tier: 'ADULT', quantity: 2 },
      { tier: 'CHILD', quantity: 1 },
    ];
    const ok = await gql(h.app.url, QUOTE, { input: { activityId: cat.activityId, tickets, promoCode: promo.code } });
    assert.deepEqual(ok.data!.priceQuote, {
      subtotalCents: 7500,
      discountCents: 1500,
      totalCents: 6000,
      currency: 'USD',
      promoCodeError: null,
      promoCodeMessage: null,
    });
    const bad = await gql(h.app.url, QUOTE, { input: { activityId: cat.activityId, tickets, promoCode: 'WRONG1' } });
    assert.equal(bad.data!.priceQuote.promoCodeError, 'PROMO_CODE_INVALID');
    assert.equal(bad.data!.priceQuote.discountCents, 0);
    assert.equal(bad.data!.priceQuote.totalCents, 7500);
    assert.match(bad.data!.priceQuote.promoCodeMessage, /not valid/);
  });
});
