import { createHash } from 'node:crypto';
import type Stripe from 'stripe';
import type { Activity, ActivityPrice } from '../db/schema/index.ts';

/** Where the mirror reports the Stripe ids as soon as each is known, so a later failure keeps them. */
export interface CatalogIds {
  saveProductId(productId: string): Promise<void>;
  savePriceId(priceRowId: string, stripePriceId: string | null): Promise<void>;
}

/**
 * Mirrors one activity's catalog to Stripe: one Product (metadata activity_id,
 * venue_id, organization_id) and one Price per tier under its lookup key.
 * Stripe prices are immutable, so a changed amount creates a new Price that
 * takes over the lookup key (`transfer_lookup_key`) and deactivates the old
 * one. Safe to call again after any failure: creates carry Idempotency-Keys
 * derived from ids and amounts, and the current state is read back from
 * Stripe by lookup key. Throws what Stripe throws.
 */
export async function mirrorActivityCatalog(
  stripe: Stripe,
  activity: Activity,
  prices: readonly ActivityPrice[],
  ids: CatalogIds,
): Promise<void> {
  const productId = await syncProduct(stripe, activity);
  if (productId !== activity.stripeProductId) await ids.saveProductId(productId);
  const current = await pricesByLookupKey(
    stripe,
    prices.map((p) => p.lookupKey),
  );
  for (const row of prices) {
    const priceId = await syncPrice(stripe, productId, row, current.get(row.lookupKey));
    if (priceId !== row.stripePriceId) await ids.savePriceId(row.id, priceId);
  }
}

async function syncProduct(stripe: Stripe, activity: Activity): Promise<string> {
  const fields = {
    name: activity.name,
    ...(activity.description ? { description: activity.description } : {}),
    active: activity.status === 'active',
    metadata: { activity_id: activity.id, venue_id: activity.venueId, organization_id: activity.organizationId },
  };
  if (activity.stripeProductId) {
    await stripe.products.update(activity.stripeProductId, fields);
    return activity.stripeProductId;
  }
  const product = await stripe.products.create(fields, { idempotencyKey: key('product', activity.id, digest(fields)) });
  return product.id;
}

async function pricesByLookupKey(stripe: Stripe, lookupKeys: string[]): Promise<Map<string, Stripe.Price>> {
  const found = new Map<string, Stripe.Price>();
  // Stripe caps lookup_keys per list call at 10.
  for (let i = 0; i < lookupKeys.length; i += 10) {
    const page = await stripe.prices.list({ lookup_keys: lookupKeys.slice(i, i + 10), active: true, limit: 100 });
    for (const price of page.data) if (price.lookup_key) found.set(price.lookup_key, price);
  }
  return found;
}

/** Returns the Stripe price id the row should point at (null for an inactive tier). */
async function syncPrice(
  stripe: Stripe,
  productId: string,
  row: ActivityPrice,
  current: Stripe.Price | undefined,
): Promise<string | null> {
  const metadata = { tier_type: row.tier, display_name: row.name, activity_id: row.activityId, per: row.per };
  const currency = row.currency.toLowerCase();
  if (!row.active) {
    for (const id of new Set([current?.id, row.stripePriceId])) if (id) await deactivate(stripe, id);
    return row.stripePriceId;
  }
  const matches =
    current &&
    current.unit_amount === row.amountCents &&
    current.currency === currency &&
    current.product === productId;
  if (matches) {
    if (current.metadata?.display_name !== row.name || current.nickname !== row.name) {
      await stripe.prices.update(current.id, { nickname: row.name, metadata });
    }
    return current.id;
  }
  const created = await stripe.prices.create(
    {
      product: productId,
      currency,
      unit_amount: row.amountCents,
      lookup_key: row.lookupKey,
      transfer_lookup_key: true,
      nickname: row.name,
      metadata,
    },
    // The superseded price id is part of the key, so going back to an earlier amount makes a new Price.
    { idempotencyKey: key('price', row.id, String(row.amountCents), currency, productId, current?.id ?? 'none') },
  );
  // Stripe prices are immutable: the superseded one stays for old receipts but can no longer be sold.
  for (const id of new Set([current?.id, row.stripePriceId])) {
    if (id && id !== created.id) await deactivate(stripe, id);
  }
  return created.id;
}

/** A price Stripe does not know (deleted, or another account's) needs no deactivating. */
async function deactivate(stripe: Stripe, priceId: string): Promise<void> {
  try {
    await stripe.prices.update(priceId, { active: false });
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode !== 404) throw err;
  }
}

const key = (...parts: string[]) => `slotkit-${parts.join('-')}`;
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
