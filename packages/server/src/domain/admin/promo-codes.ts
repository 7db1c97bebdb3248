import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { activities, promoCodes, type PromoCode } from '../../db/schema/index.ts';
import { badInput, notFound } from '../../errors.ts';
import { parseInput } from '../parse-input.ts';
import { PROMO_CODE_RE } from '../reservations/discounts.ts';
import { pgCode } from './venues.ts';

const instant = z
  .string()
  .refine((v) => !Number.isNaN(Date.parse(v)), 'must be a date-time')
  .transform((v) => new Date(v));

const createPromoCodeSchema = z
  .object({
    code: z.string().trim().regex(PROMO_CODE_RE, 'must be 3–40 letters, digits, - or _'),
    percentOff: z.number().int().min(1, 'must be 1–100').max(100, 'must be 1–100').nullish(),
    amountOffCents: z.number().int().min(1, 'must be at least 1').max(100_000_000).nullish(),
    validFrom: instant.nullish(),
    validUntil: instant.nullish(),
    maxRedemptions: z.number().int().min(1, 'must be at least 1').max(10_000_000).nullish(),
    activityIds: z.array(z.string().refine(isUuid, 'must be an activity id')).max(100).nullish(),
  })
  .superRefine((v, ctx) => {
    if ((v.percentOff == null) === (v.amountOffCents == null))
      ctx.addIssue({
        code: 'custom',
        path: ['percentOff'],
        message: 'give exactly one of percentOff and amountOffCents',
      });
    if (v.validFrom && v.validUntil && v.validUntil <= v.validFrom)
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'must be after validFrom' });
  });

export type CreatePromoCodeInput = z.input<typeof createPromoCodeSchema>;

/** Promo codes of the organization, newest first (RLS confines the transaction too). */
export async function listPromoCodes(tx: Tx, organizationId: string): Promise<PromoCode[]> {
  return tx
    .select()
    .from(promoCodes)
    .where(eq(promoCodes.organizationId, organizationId))
    .orderBy(desc(promoCodes.createdAt), desc(promoCodes.id));
}

/** BAD_USER_INPUT for bad terms, an activity of another organization, or a code the organization has in any case. */
export async function createPromoCode(tx: Tx, organizationId: string, raw: CreatePromoCodeInput): Promise<PromoCode> {
  const input = parseInput(createPromoCodeSchema, raw);
  const activityIds = [...new Set(input.activityIds ?? [])];
  if (activityIds.length > 0) {
    const own = await tx
      .select({ id: activities.id })
      .from(activities)
      .where(and(eq(activities.organizationId, organizationId), inArray(activities.id, activityIds)));
    if (own.length !== activityIds.length) throw badInput('activityIds: unknown activity', { field: 'activityIds' });
  }
  const [taken] = await tx
    .select({ id: promoCodes.id })
    .from(promoCodes)
    .where(
      and(eq(promoCodes.organizationId, organizationId), eq(sql`lower(${promoCodes.code})`, input.code.toLowerCase())),
    );
  if (taken) throw badInput('code: this organization already has this code', { field: 'code' });
  try {
    const [row] = await tx
      .insert(promoCodes)
      .values({
        organizationId,
        code: input.code,
        percentOff: input.percentOff ?? null,
        amountOffCents: input.amountOffCents ?? null,
        validFrom: input.validFrom ?? null,
        validUntil: input.validUntil ?? null,
        maxRedemptions: input.maxRedemptions ?? null,
        activityIds,
      })
      .returning();
    return row!;
  } catch (err) {
    // Two admins creating the same code at once: the unique index decides.
    if (pgCode(err) === '23505') throw badInput('code: this organization already has this code', { field: 'code' });
    throw err;
  }
}

/** New holds refuse it from now on; holds that reserved it keep their discount and may still book. */
export async function deactivatePromoCode(tx: Tx, organizationId: string, id: string): Promise<PromoCode> {
  if (!isUuid(id)) throw notFound('PromoCode');
  const [row] = await tx
    .update(promoCodes)
    .set({ active: false })
    .where(and(eq(promoCodes.id, id), eq(promoCodes.organizationId, organizationId)))
    .returning();
  if (!row) throw notFound('PromoCode');
  return row;
}
