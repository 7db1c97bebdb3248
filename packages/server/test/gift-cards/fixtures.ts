import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../src/db/client.ts';
import { giftCardLedger, giftCards, outbox } from '../../src/db/schema/index.ts';
import { issueGiftCardInTx } from '../../src/domain/gift-cards/cards.ts';
import { reserveSlot } from '../../src/domain/reservations/reserve.ts';
import type { ReserveOutcome } from '../../src/domain/reservations/types.ts';
import type { AppServices } from '../../src/services.ts';

export const ISSUE = `mutation($input: IssueGiftCardInput!) { issueGiftCard(input: $input) {
  id code last4 initialCents balanceCents currency recipientEmail source
  history { kind amountCents balanceAfterCents } } }`;
export const BALANCE = `query($code: String!) { giftCardBalance(code: $code) { balanceCents currency last4 } }`;
export const CARD = `query($id: ID, $code: String) { giftCard(id: $id, code: $code) {
  id code last4 balanceCents history { kind amountCents balanceAfterCents bookingNumber } } }`;
export const CARDS = `query { giftCards { id code last4 balanceCents recipientEmail source } }`;
export const RESERVE = `mutation($input: ReserveSlotInput!) { reserveSlot(input: $input) {
  __typename
  ... on Reservation { id status totalCents giftCardCents amountDueCents currency }
  ... on InvalidReservation { reason message } } }`;
export const BOOK_WITH_GIFT_CARD = `mutation($input: BookWithGiftCardInput!) { bookWithGiftCard(input: $input) {
  id bookingNumber status totalCents partySize } }`;

/** A card issued straight into the database (as the admin mutation does); returns it with its code. */
export async function issueCard(
  services: AppServices,
  organizationId: string,
  amountCents: number,
  currency = 'USD',
): Promise<{ id: string; code: string }> {
  const { card, code } = await services.db.transaction((tx) =>
    issueGiftCardInTx(tx, organizationId, {
      amountCents,
      currency,
      recipientEmail: 'friend@example.com',
      source: 'admin',
    }),
  );
  return { id: card.id, code };
}

export async function balanceOf(db: DbOrTx, giftCardId: string): Promise<number> {
  const [row] = await db.select({ b: giftCards.balanceCents }).from(giftCards).where(eq(giftCards.id, giftCardId));
  return row!.b;
}

export async function ledgerOf(db: DbOrTx, giftCardId: string) {
  return db
    .select({ kind: giftCardLedger.kind, amountCents: giftCardLedger.amountCents, bookingId: giftCardLedger.bookingId })
    .from(giftCardLedger)
    .where(eq(giftCardLedger.giftCardId, giftCardId))
    .orderBy(giftCardLedger.createdAt, giftCardLedger.id);
}

/** Emails queued to one address, oldest first. */
export async function emailsTo(db: DbOrTx, to: string) {
  const rows = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.kind, 'email')));
  return rows
    .map((r) => r.payload as { to: string; subject: string; text: string; html?: string })
    .filter((p) => p.to === to);
}

/** A hold through the real reserveSlot, optionally with a gift card code. */
export function holdWithCard(
  services: AppServices,
  sessionId: string,
  quantity: number,
  giftCardCode: string | null,
  email = 'guest@example.com',
): Promise<ReserveOutcome> {
  return reserveSlot(
    services,
    { sessionId, tickets: [{ tier: 'adult', quantity }], email, idempotencyKey: randomUUID(), giftCardCode },
    { ip: null },
  );
}

/** The code the printable gift email carries (XXXX-XXXX-XXXX-XXXX). */
export const codeInText = (text: string): string | undefined => /[A-Z2-9]{4}(?:-[A-Z2-9]{4}){3}/.exec(text)?.[0];
