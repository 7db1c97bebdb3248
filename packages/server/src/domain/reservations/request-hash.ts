import { createHash } from 'node:crypto';
import type { ReserveSlotRequest } from './types.ts';

/**
 * Digest of what a hold asks for, stored next to its idempotency key: a retry
 * with the same key must ask for the same thing. Ticket order and email case
 * do not change the request.
 */
export function reserveRequestHash(request: ReserveSlotRequest): string {
  const tickets = request.tickets
    .filter((t) => t.quantity > 0)
    .map((t) => `${t.tier ?? ''}:${t.priceId ?? ''}:${t.quantity}`)
    .sort();
  const canonical = JSON.stringify([
    request.sessionId,
    tickets,
    request.email.trim().toLowerCase(),
    request.waiverAccepted === true,
    request.minAgeAccepted === true,
    // Appended only when given, so the digest of a hold without a code is what it was before 0016.
    ...(request.promoCode?.trim() ? [request.promoCode.trim().toLowerCase()] : []),
  ]);
  return createHash('sha256').update(canonical).digest('base64url');
}
