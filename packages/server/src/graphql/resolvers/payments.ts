import { findBooking } from '../../domain/bookings/query.ts';
import { cancelBooking } from '../../domain/bookings/cancel.ts';
import { createCheckout } from '../../domain/bookings/checkout.ts';
import { confirmCheckout } from '../../domain/bookings/confirm-checkout.ts';
import { requireOrganization } from '../auth.ts';
import { toAdminBooking } from '../admin-mappers.ts';
import { asAdmin } from '../admin-scope.ts';
import type * as G from '../generated/resolvers-types.ts';
import { toPublicBooking } from '../public-booking.ts';

/** Checkout, the success-page confirmation and the admin cancellation. */
export const paymentResolvers: G.Resolvers = {
  Mutation: {
    createCheckout: (_p, { input }, { services }) => createCheckout(services, input),
    confirmCheckout: async (_p, { checkoutSessionId }, { services }) =>
      toPublicBooking(services.db, await confirmCheckout(services, checkoutSessionId)),
    cancelBooking: async (_p, { id, refund }, ctx) => {
      const booking = await cancelBooking(ctx.services, requireOrganization(ctx.caller), id, refund);
      return asAdmin(ctx, async (tx, org) => toAdminBooking(await findBooking(tx, org, { id: booking.id })));
    },
  },
};
