import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { apiKeys, organizations, type ApiKey, type Organization } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { isUuid } from '../../db/ids.ts';
import { parseInput } from '../parse-input.ts';
import { z } from 'zod';

export const API_KEY_PREFIX = 'slk_';

/** A new secret: 192 random bits, shown once. */
export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(24).toString('base64url');
}

/** What the table stores instead of the secret. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * The unrevoked key of an active organization with this secret. The lookup is
 * by SHA-256 digest, so the comparison never touches the secret itself (no
 * timing oracle on the key). Runs before any organization is known (no RLS).
 */
export async function findActiveApiKey(
  db: DbOrTx,
  secret: string,
): Promise<{ readonly id: string; readonly organizationId: string } | undefined> {
  const [row] = await db
    .select({ id: apiKeys.id, organizationId: apiKeys.organizationId })
    .from(apiKeys)
    .innerJoin(organizations, eq(organizations.id, apiKeys.organizationId))
    .where(and(eq(apiKeys.keyHash, hashApiKey(secret)), isNull(apiKeys.revokedAt), eq(organizations.status, 'active')))
    .limit(1);
  return row;
}

// The functions below take the transaction of withOrganization(): RLS already
// confines it to the organization; the explicit filters stay as the first wall.

export async function getOrganization(tx: Tx, organizationId: string): Promise<Organization> {
  const [org] = await tx.select().from(organizations).where(eq(organizations.id, organizationId));
  if (!org) throw notFound('Organization');
  return org;
}

export async function renameOrganization(tx: Tx, organizationId: string, name: string): Promise<Organization> {
  const clean = parseInput(z.string().trim().min(1, 'must not be empty').max(200), name);
  const [org] = await tx
    .update(organizations)
    .set({ name: clean })
    .where(eq(organizations.id, organizationId))
    .returning();
  if (!org) throw notFound('Organization');
  return org;
}

export function listApiKeys(tx: Tx, organizationId: string): Promise<ApiKey[]> {
  return tx
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.organizationId, organizationId))
    .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
}

/** The secret exists only in this return value: the table keeps its SHA-256 digest. */
export async function createApiKey(
  tx: Tx,
  organizationId: string,
  label: string,
): Promise<{ apiKey: ApiKey; secret: string }> {
  const clean = parseInput(z.string().trim().min(1, 'must not be empty').max(100), label);
  const secret = generateApiKey();
  const [apiKey] = await tx
    .insert(apiKeys)
    .values({ organizationId, keyHash: hashApiKey(secret), label: clean })
    .returning();
  return { apiKey: apiKey!, secret };
}

/** Revoking twice keeps the first revocation time. */
export async function revokeApiKey(tx: Tx, organizationId: string, id: string, now: Date): Promise<ApiKey> {
  if (!isUuid(id)) throw notFound('API key');
  const scope = and(eq(apiKeys.id, id), eq(apiKeys.organizationId, organizationId));
  const [revoked] = await tx
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(and(scope, isNull(apiKeys.revokedAt)))
    .returning();
  if (revoked) return revoked;
  const [existing] = await tx.select().from(apiKeys).where(scope);
  if (!existing) throw notFound('API key');
  return existing;
}
