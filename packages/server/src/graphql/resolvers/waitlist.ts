import type { WaitlistEntry } from '../../db/schema/index.ts';
import { listWaitlist, removeWaitlistEntry } from '../../domain/waitlist/admin.ts';
import { joinWaitlist } from '../../domain/waitlist/join.ts';
import { expireCheckoutsAfterCommit } from '../../domain/reservations/checkout-expiry.ts';
import { waitlistDeps } from '../../domain/waitlist/deps.ts';
import { asAdmin } from '../admin-scope.ts';
import type * as G from '../generated/resolvers-types.ts';

/** The waitlist (DESIGN §9.4): the public join, the console's list and removal. */
export const waitlistResolvers: G.Resolvers = {
  Query: {
    waitlist: (_p, { sessionId }, ctx) =>
      asAdmin(ctx, async (tx, org) => (await listWaitlist(tx, org, sessionId)).map(toAdminEntry)),
  },
  Mutation: {
    joinWaitlist: async (_p, { input }, { services }) => {
      const { entry, position } = await joinWaitlist(waitlistDeps(services), input);
      return { id: entry.id, sessionId: entry.sessionId, partySize: entry.partySize, status: entry.status, position };
    },
    removeWaitlistEntry: async (_p, { id }, ctx) => {
      const ended = await asAdmin(ctx, (tx, org) => removeWaitlistEntry(tx, org, id));
      if (ended.checkoutSessionId) await expireCheckoutsAfterCommit(ctx.services, [ended.checkoutSessionId]);
      return toAdminEntry(ended.entry);
    },
  },
};

const toAdminEntry = (e: WaitlistEntry): G.AdminWaitlistEntry => ({
  id: e.id,
  sessionId: e.sessionId,
  partySize: e.partySize,
  email: e.email,
  locale: e.locale,
  status: e.status,
  createdAt: e.createdAt.toISOString(),
  offeredAt: e.offeredAt?.toISOString() ?? null,
  offerExpiresAt: e.offerExpiresAt?.toISOString() ?? null,
});
