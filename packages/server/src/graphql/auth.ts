import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { apiKeys, organizations } from '../db/schema/index.ts';
import { unauthenticated } from '../errors.ts';

export type Caller =
  { readonly kind: 'public' } | { readonly kind: 'admin'; readonly organizationId: string; readonly apiKeyId: string };

export const API_KEY_PREFIX = 'slk_';

export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(24).toString('base64url');
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * Resolves `Authorization: Bearer <key>`. Lookup is by SHA-256 digest, so the
 * comparison never touches the secret itself (no timing oracle on the key).
 * No header → public caller; a bad or revoked key → UNAUTHENTICATED.
 */
export async function resolveCaller(db: DbOrTx, authorization: string | undefined): Promise<Caller> {
  if (!authorization) return { kind: 'public' };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1]) throw unauthenticated('Authorization must be "Bearer <api key>"');
  const [row] = await db
    .select({ id: apiKeys.id, organizationId: apiKeys.organizationId })
    .from(apiKeys)
    .innerJoin(organizations, eq(organizations.id, apiKeys.organizationId))
    .where(
      and(eq(apiKeys.keyHash, hashApiKey(match[1])), isNull(apiKeys.revokedAt), eq(organizations.status, 'active')),
    )
    .limit(1);
  if (!row) throw unauthenticated('This API key is unknown or revoked');
  return { kind: 'admin', organizationId: row.organizationId, apiKeyId: row.id };
}

/** The organization id of an admin caller; UNAUTHENTICATED for the public. */
export function requireOrganization(caller: Caller): string {
  if (caller.kind !== 'admin') throw unauthenticated();
  return caller.organizationId;
}
