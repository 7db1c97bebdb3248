import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { giftCards } from '../../src/db/schema/index.ts';
import { giftCardCodeHash, normalizeGiftCardCode } from '../../src/domain/gift-cards/code.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { makeOrganization } from '../admin/fixtures.ts';
import { BALANCE, CARD, CARDS, codeInText, emailsTo, ISSUE } from './fixtures.ts';

describe('gift cards: issuing, balance, history (admin + public)', () => {
  let app: TestApp;
  let orgA: { id: string; key: string };
  let orgB: { id: string; key: string };
  before(async () => {
    // A rate limit is on so the gift card budget (10 tries a minute per address) can be seen.
    app = await startTestApp({ config: { RATE_LIMIT_PER_MINUTE: 100, TRUST_PROXY: true } });
    orgA = await makeOrganization(app.services.db, 'Gift Org A');
    orgB = await makeOrganization(app.services.db, 'Gift Org B');
  });
  after(() => app.stop());

  const issue = (key: string, input: Record<string, unknown>) => gql(app.url, ISSUE, { input }, { apiKey: key });

  it('should issue a card whose code is shown once, stored only as its SHA-256, and emailed as a gift', async () => {
    const res = await issue(orgA.key, { amountCents: 5000, currency: 'usd', recipientEmail: 'ann@example.com' });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const card = res.data!.issueGiftCard;
    assert.match(card.code, /^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
    assert.equal(card.last4, card.code.slice(-4));
    assert.deepEqual(
      { initial: card.initialCents, balance: card.balanceCents, currency: card.currency, source: card.source },
      { initial: 5000, balance: 5000, currency: 'USD', source: 'ADMIN' },
    );
    assert.deepEqual(card.history, [{ kind: 'ISSUED', amountCents: 5000, balanceAfterCents: 5000 }]);

    const [row] = await app.services.db.select().from(giftCards).where(eq(giftCards.id, card.id));
    assert.equal(row!.codeHash, giftCardCodeHash(normalizeGiftCardCode(card.code)!));
    assert.ok(!JSON.stringify(row).includes(card.code.replaceAll('-', '')), 'the code itself is not stored');

    const [email] = await emailsTo(app.services.db, 'ann@example.com');
    assert.ok(email, 'the gift email is queued');
    assert.equal(codeInText(email.text), card.code);
    assert.ok(email.html?.includes(card.code), 'the printable HTML part carries the code');

    const listed = await gql(app.url, CARDS, {}, { apiKey: orgA.key });
    const mine = listed.data!.giftCards.find((c: { id: string }) => c.id === card.id);
    assert.equal(mine.code, null, 'the code is never shown again');
    assert.equal(mine.last4, card.last4);
  });

  it('should refuse amounts, currencies and emails that make no sense (BAD_USER_INPUT naming the field)', async () => {
    const base = { amountCents: 5000, currency: 'USD', recipientEmail: 'ann@example.com' };
    for (const [bad, field] of [
      [{ amountCents: 0 }, 'amountCents'],
      [{ amountCents: 99 }, 'amountCents'],
      [{ amountCents: 1_000_001 }, 'amountCents'],
      [{ currency: 'dollars' }, 'currency'],
      [{ recipientEmail: 'not-an-email' }, 'recipientEmail'],
    ] as const) {
      const res = await issue(orgA.key, { ...base, ...bad });
      assert.equal(errorCode(res), 'BAD_USER_INPUT', JSON.stringify(bad));
      assert.equal(res.errors![0]!.extensions!.field, field);
    }
    assert.equal(errorCode(await gql(app.url, ISSUE, { input: base })), 'UNAUTHENTICATED');
  });

  it('should answer the balance of a code as typed, and GIFT_CARD_INVALID for a code that names no card', async () => {
    const issued = (await issue(orgA.key, { amountCents: 2500, currency: 'EUR', recipientEmail: 'b@example.com' }))
      .data!.issueGiftCard;
    const typed = issued.code.toLowerCase().replaceAll('-', ' ');
    const res = await gql(app.url, BALANCE, { code: typed }, { headers: { 'x-forwarded-for': '198.51.100.1' } });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.deepEqual(res.data!.giftCardBalance, { balanceCents: 2500, currency: 'EUR', last4: issued.last4 });
    for (const code of ['AAAA-BBBB-CCCC-DDDD', 'nope', '']) {
      const bad = await gql(app.url, BALANCE, { code }, { headers: { 'x-forwarded-for': '198.51.100.2' } });
      assert.equal(errorCode(bad), 'GIFT_CARD_INVALID', code);
    }
  });

  it('should look a card up by code or id with its history, never across organizations', async () => {
    const issued = (await issue(orgA.key, { amountCents: 3000, currency: 'USD', recipientEmail: 'c@example.com' }))
      .data!.issueGiftCard;
    const byCode = await gql(app.url, CARD, { code: issued.code }, { apiKey: orgA.key });
    assert.equal(byCode.data!.giftCard.id, issued.id);
    assert.equal(byCode.data!.giftCard.code, null);
    assert.deepEqual(byCode.data!.giftCard.history, [
      { kind: 'ISSUED', amountCents: 3000, balanceAfterCents: 3000, bookingNumber: null },
    ]);
    assert.equal(errorCode(await gql(app.url, CARD, { code: issued.code }, { apiKey: orgB.key })), 'GIFT_CARD_INVALID');
    assert.equal(errorCode(await gql(app.url, CARD, { id: issued.id }, { apiKey: orgB.key })), 'NOT_FOUND');
    const listedB = await gql(app.url, CARDS, {}, { apiKey: orgB.key });
    assert.ok(!listedB.data!.giftCards.some((c: { id: string }) => c.id === issued.id));
  });

  it('should rate-limit balance checks per address in their own small budget', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.77' };
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 12; i++)
      codes.push(errorCode(await gql(app.url, BALANCE, { code: 'AAAA-BBBB-CCCC-DDDD' }, { headers })));
    assert.deepEqual(codes.slice(0, 10), Array(10).fill('GIFT_CARD_INVALID'));
    assert.deepEqual(codes.slice(10), ['RATE_LIMITED', 'RATE_LIMITED']);
    // Another address is not affected.
    const other = await gql(
      app.url,
      BALANCE,
      { code: 'AAAA-BBBB-CCCC-DDDD' },
      { headers: { 'x-forwarded-for': '203.0.113.78' } },
    );
    assert.equal(errorCode(other), 'GIFT_CARD_INVALID');
  });
});
