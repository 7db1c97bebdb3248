import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { organizations } from '../../db/schema/index.ts';
import { enqueue } from '../../outbox/outbox.ts';
import { issueGiftCardInTx, type IssuedGiftCard } from './cards.ts';
import { giftCardEmail } from './gift-email.ts';

/**
 * An admin issues a card (the console's Gift cards page): the card, its `issued` ledger row and the
 * recipient's gift email in the admin's RLS-scoped transaction. The code is in the answer this once.
 */
export async function issueGiftCardAsAdmin(
  tx: Tx,
  organizationId: string,
  input: { readonly amountCents: number; readonly currency: string; readonly recipientEmail: string },
  publicUrl: string,
): Promise<IssuedGiftCard & { readonly outboxIds: string[] }> {
  const issued = await issueGiftCardInTx(tx, organizationId, { ...input, source: 'admin' });
  const [org] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  const emailId = await enqueue(tx, organizationId, {
    kind: 'email',
    payload: giftCardEmail({
      to: issued.card.recipientEmail,
      code: issued.code,
      amountCents: issued.card.initialCents,
      currency: issued.card.currency,
      venueName: org?.name ?? 'Slotkit',
      bookUrl: publicUrl,
    }),
  });
  return { ...issued, outboxIds: [emailId] };
}
