import { listAlerts } from '../../observability/alerts.ts';
import { asAdmin } from '../admin-scope.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

const WEEK_MS = 7 * 86_400_000;

export const adminAlertsResolvers: Resolvers = {
  Query: {
    alerts: (_p, { since }, ctx) =>
      asAdmin(ctx, async (tx, org) => {
        const from = since ? new Date(since) : new Date(ctx.services.now().getTime() - WEEK_MS);
        return (await listAlerts(tx, org, from)).map((a) => ({
          id: a.id,
          kind: a.kind,
          message: a.message,
          details: JSON.stringify(a.details),
          createdAt: a.createdAt.toISOString(),
          deliveredAt: a.deliveredAt?.toISOString() ?? null,
          attempts: a.attempts,
        }));
      }),
  },
};
