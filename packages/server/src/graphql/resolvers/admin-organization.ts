import {
  createApiKey,
  getOrganization,
  listApiKeys,
  renameOrganization,
  revokeApiKey,
} from '../../domain/admin/api-keys.ts';
import { toApiKey, toOrganization } from '../admin-mappers.ts';
import { asAdmin } from '../admin-scope.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

export const adminOrganizationResolvers: Resolvers = {
  Query: {
    organization: (_p, _a, ctx) => asAdmin(ctx, async (tx, org) => toOrganization(await getOrganization(tx, org))),
    apiKeys: (_p, _a, ctx) => asAdmin(ctx, async (tx, org) => (await listApiKeys(tx, org)).map(toApiKey)),
  },
  Mutation: {
    updateOrganization: (_p, { name }, ctx) =>
      asAdmin(ctx, async (tx, org) => toOrganization(await renameOrganization(tx, org, name))),
    createApiKey: (_p, { label }, ctx) =>
      asAdmin(ctx, async (tx, org) => {
        const { apiKey, secret } = await createApiKey(tx, org, label);
        return { apiKey: toApiKey(apiKey), secret };
      }),
    revokeApiKey: (_p, { id }, ctx) =>
      asAdmin(ctx, async (tx, org) => toApiKey(await revokeApiKey(tx, org, id, ctx.services.now()))),
  },
};
