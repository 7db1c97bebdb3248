import { isEmailAddress } from '@slotkit/core/contact';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { bookings, giftCardLedger, giftCards, type GiftCard, type GiftCardLedgerEntry } from '../../db/schema/index.ts';
import { isUuid } from '../../db/ids.ts';
import { AppError, ErrorCode, badInput, notFound } from '../../errors.ts';
import { codeLast4, giftCardCodeHash, newGiftCardCode, normalizeGiftCardCode } from './code.ts';

/** Bounds of one card: at least one unit of money, at most 10 000.00 (a typo guard, not a policy). */
export const GIFT_CARD_MIN_CENTS = 100;
export const GIFT_CARD_MAX_CENTS = 1_000_000;

export interface IssueGiftCardInput {
  readonly amountCents: number;
  readonly currency: string;
  readonly recipientEmail: string;
  readonly buyerEmail?: string | null;
  readonly source: 'admin' | 'purchase';
  /** A bought card: the Checkout that paid for it (unique: one card per payment). */
  readonly stripeCheckoutSessionId?: string | null;
}

/** A card right after issuing: the only moment its code exists outside an email. */
export interface IssuedGiftCard {
  readonly card: GiftCard;
  readonly code: string;
}

/** Amount, currency and email checked at the edge (BAD_USER_INPUT with the field). */
export function parseGiftCardAmount(input: { amountCents: number; currency: string; recipientEmail: string }): {
  amountCents: number;
  currency: string;
  recipientEmail: string;
} {
  const { amountCents } = input;
  if (!Number.isInteger(amountCents) || amountCents < GIFT_CARD_MIN_CENTS || amountCents > GIFT_CARD_MAX_CENTS) {
    throw badInput(`amountCents must be a whole number from ${GIFT_CARD_MIN_CENTS} to ${GIFT_CARD_MAX_CENTS}`, {
      field: 'amountCents',
    });
  }
  const currency = input.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw badInput('currency must be a three-letter ISO code', { field: 'currency' });
  const recipientEmail = input.recipientEmail.trim();
  if (!isEmailAddress(recipientEmail))
    throw badInput('recipientEmail must be a valid email address', { field: 'recipientEmail' });
  return { amountCents, currency, recipientEmail };
}

/** Issues a card with its `issued` ledger row, inside the caller's transaction. */
export async function issueGiftCardInTx(
  tx: Tx,
  organizationId: string,
  input: IssueGiftCardInput,
): Promise<IssuedGiftCard> {
  const { amountCents, currency, recipientEmail } = parseGiftCardAmount(input);
  const display = newGiftCardCode();
  const code = normalizeGiftCardCode(display)!;
  const [card] = await tx
    .insert(giftCards)
    .values({
      organizationId,
      codeHash: giftCardCodeHash(code),
      codeLast4: codeLast4(code),
      initialCents: amountCents,
      balanceCents: amountCents,
      currency,
      recipientEmail,
      buyerEmail: input.buyerEmail ?? null,
      source: input.source,
      stripeCheckoutSessionId: input.stripeCheckoutSessionId ?? null,
    })
    .returning();
  if (!card) throw new Error('the gift card insert returned no row');
  await tx.insert(giftCardLedger).values({
    giftCardId: card.id,
    organizationId,
    kind: 'issued',
    amountCents,
    balanceAfterCents: amountCents,
  });
  return { card, code: display };
}

/** The card a code names, or undefined (a malformed code is never looked up). */
export async function findGiftCardByCode(db: DbOrTx, code: string): Promise<GiftCard | undefined> {
  const normalized = normalizeGiftCardCode(code);
  if (!normalized) return undefined;
  const [card] = await db
    .select()
    .from(giftCards)
    .where(eq(giftCards.codeHash, giftCardCodeHash(normalized)))
    .prepare('gift_card_by_code_hash')
    .execute();
  return card;
}

export const giftCardInvalid = () =>
  new AppError(ErrorCode.GIFT_CARD_INVALID, 'This gift card code is not valid; please check it and try again');

/** The public balance check: GIFT_CARD_INVALID for any code that names no card. */
export async function giftCardBalance(
  db: DbOrTx,
  code: string,
): Promise<{ readonly balanceCents: number; readonly currency: string; readonly last4: string }> {
  const card = await findGiftCardByCode(db, code);
  if (!card) throw giftCardInvalid();
  return { balanceCents: card.balanceCents, currency: card.currency, last4: card.codeLast4 };
}

/** The organization's cards, newest first (admin; the caller's transaction is RLS-scoped). */
export function listGiftCards(tx: Tx, organizationId: string, limit = 200): Promise<GiftCard[]> {
  return tx
    .select()
    .from(giftCards)
    .where(eq(giftCards.organizationId, organizationId))
    .orderBy(desc(giftCards.createdAt), desc(giftCards.id))
    .limit(Math.min(Math.max(limit, 1), 500));
}

/** One card of the organization by id or by code (the console looks a card up either way). */
export async function findOrganizationGiftCard(
  tx: Tx,
  organizationId: string,
  by: { readonly id?: string | null; readonly code?: string | null },
): Promise<GiftCard> {
  if (by.code) {
    const card = await findGiftCardByCode(tx, by.code);
    if (!card || card.organizationId !== organizationId) throw giftCardInvalid();
    return card;
  }
  if (!by.id || !isUuid(by.id)) throw notFound('Gift card');
  const [card] = await tx
    .select()
    .from(giftCards)
    .where(and(eq(giftCards.id, by.id), eq(giftCards.organizationId, organizationId)));
  if (!card) throw notFound('Gift card');
  return card;
}

/** One ledger row with the number of the booking it concerns. */
export type GiftCardHistoryEntry = GiftCardLedgerEntry & { readonly bookingNumber: string | null };

/** A card's ledger, oldest first: issued, then each redemption and restoration. */
export async function giftCardHistory(tx: DbOrTx, giftCardId: string): Promise<GiftCardHistoryEntry[]> {
  const rows = await tx
    .select({ entry: giftCardLedger, bookingNumber: bookings.bookingNumber })
    .from(giftCardLedger)
    .leftJoin(bookings, eq(bookings.id, giftCardLedger.bookingId))
    .where(eq(giftCardLedger.giftCardId, giftCardId))
    .orderBy(asc(giftCardLedger.createdAt), asc(giftCardLedger.id));
  return rows.map((r) => ({ ...r.entry, bookingNumber: r.bookingNumber ?? null }));
}
