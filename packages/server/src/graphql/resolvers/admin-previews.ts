import {
  previewActivityCreate,
  previewActivityUpdate,
  type ActivityChangePreview,
} from '../../domain/admin/change-preview.ts';
import { previewCancelSession } from '../../domain/bookings/cancel-session-preview.ts';
import { loadBookingsByIds } from '../../domain/bookings/query.ts';
import { previewBlockDate } from '../../domain/schedule/block-date-preview.ts';
import { loadAdminSessions } from '../../domain/schedule/sessions-view.ts';
import { notFound } from '../../errors.ts';
import { toAdminBooking, toAdminSession } from '../admin-mappers.ts';
import { asAdmin } from '../admin-scope.ts';
import type * as G from '../generated/resolvers-types.ts';

const toChangePreview = (p: ActivityChangePreview): G.ActivityChangePreview => {
  const session = (s: ActivityChangePreview['added'][number]) => ({
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    localDate: s.localDate,
    localStartTime: s.localStartTime,
  });
  return {
    addedCount: p.addedCount,
    removedCount: p.removedCount,
    added: p.added.map(session),
    removed: p.removed.map(session),
    kept: p.kept.map(toAdminSession),
  };
};

/** The console's dry runs (schema block "console previews"): each reads or rolls back, never writes. */
export const adminPreviewResolvers: G.Resolvers = {
  Query: {
    previewActivityUpdate: (_p, { id, input }, ctx) =>
      asAdmin(ctx, async (tx, org) =>
        toChangePreview(await previewActivityUpdate(tx, org, id, input, ctx.services.now())),
      ),
    previewActivityCreate: (_p, { input }, ctx) =>
      asAdmin(ctx, async (tx, org) => toChangePreview(await previewActivityCreate(tx, org, input, ctx.services.now()))),
    previewCancelSession: (_p, { id, refund }, ctx) =>
      asAdmin(ctx, async (tx, org) => {
        const preview = await previewCancelSession(tx, org, id, refund ?? false);
        const [session] = await loadAdminSessions(tx, org, [preview.sessionId]);
        if (!session) throw notFound('Session');
        const bookings = new Map(
          (
            await loadBookingsByIds(
              tx,
              org,
              preview.effects.map((e) => e.bookingId),
            )
          ).map((b) => [b.booking.id, b]),
        );
        return {
          session: toAdminSession(session),
          releasedHolds: preview.releasedHolds,
          bookings: preview.effects.flatMap((e) => {
            const booking = bookings.get(e.bookingId);
            return booking
              ? [{ booking: toAdminBooking(booking), refundCents: e.refundCents, currency: e.currency, email: e.email }]
              : [];
          }),
        };
      }),
    previewBlockDate: (_p, { activityId, date }, ctx) =>
      asAdmin(ctx, async (tx, org) => {
        const preview = await previewBlockDate(tx, org, activityId, date);
        const sessions = await loadAdminSessions(tx, org, preview.sessionIdsToClose);
        const bookings = await loadBookingsByIds(tx, org, preview.bookingIds);
        return {
          date,
          alreadyBlocked: preview.alreadyBlocked,
          currentReason: preview.currentReason,
          sessionsToClose: sessions.map(toAdminSession),
          liveHolds: preview.liveHolds,
          bookings: bookings.map(toAdminBooking),
        };
      }),
  },
};
