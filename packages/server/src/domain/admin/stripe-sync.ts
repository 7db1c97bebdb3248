import { eq } from 'drizzle-orm';
import { activities, activityPrices } from '../../db/schema/index.ts';
import { AppError, ErrorCode, notFound } from '../../errors.ts';
import { mirrorActivityCatalog } from '../../payments/stripe-catalog.ts';
import type { DomainServices } from '../services.ts';

/**
 * Mirrors an activity and its prices to Stripe (payments/stripe-catalog.ts)
 * and stores the Stripe ids on our rows as they become known. In keyless
 * development it does nothing. Throws AppError(INTERNAL) when Stripe fails;
 * the caller decides whether that fails its own operation (the local catalog
 * is already saved either way).
 */
export async function syncActivityCatalog(
  services: Pick<DomainServices, 'db' | 'logger' | 'payments'>,
  activityId: string,
): Promise<void> {
  const { db, payments } = services;
  if (!payments.stripe) return;
  const [activity] = await db.select().from(activities).where(eq(activities.id, activityId));
  if (!activity) throw notFound('Activity');
  const prices = await db.select().from(activityPrices).where(eq(activityPrices.activityId, activityId));
  try {
    await mirrorActivityCatalog(payments.stripe, activity, prices, {
      async saveProductId(productId) {
        await db.update(activities).set({ stripeProductId: productId }).where(eq(activities.id, activityId));
      },
      async savePriceId(priceRowId, stripePriceId) {
        await db.update(activityPrices).set({ stripePriceId }).where(eq(activityPrices.id, priceRowId));
      },
    });
  } catch (err) {
    services.logger.error({ err, activityId }, 'Stripe catalog sync failed');
    throw new AppError(ErrorCode.INTERNAL, 'Stripe catalog sync failed; retry the update', { cause: err });
  }
}
