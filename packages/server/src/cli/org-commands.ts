import { withOrganization } from '../db/with-organization.ts';
import { createApiKey, getOrganization, listApiKeys, revokeApiKey } from '../domain/admin/api-keys.ts';
import { createOrganization, listOrganizations, organizationOfApiKey } from '../domain/admin/organizations.ts';
import type { Command, CommandContext } from './command.ts';
import { usageError } from './command.ts';

const text = (ctx: CommandContext, name: string): string | undefined => {
  const value = ctx.options[name];
  return typeof value === 'string' ? value : undefined;
};

export const orgCreate: Command = {
  path: ['org', 'create'],
  summary: 'create an organization and print its id and first admin API key',
  details: [
    'The key is printed once and stored only as a SHA-256 hash: copy it now.',
    'Use it as `Authorization: Bearer <key>` against /graphql or to sign in at /console.',
  ],
  options: { name: { type: 'string', value: '<name>', required: true, description: 'the organization name' } },
  async run(ctx) {
    const { db } = await ctx.db();
    const { organization, secret } = await db.transaction((tx) => createOrganization(tx, text(ctx, 'name')!));
    ctx.print(`Organization: ${organization.name}`);
    ctx.print(`Organization id: ${organization.id}`);
    ctx.print(`Admin API key (shown once, stored only as a hash): ${secret}`);
  },
};

export const orgList: Command = {
  path: ['org', 'list'],
  summary: 'list organizations (id, status, name)',
  options: {},
  async run(ctx) {
    const { db } = await ctx.db();
    for (const org of await listOrganizations(db)) ctx.print(`${org.id}  ${org.status}  ${org.name}`);
  },
};

export const apiKeyCreate: Command = {
  path: ['api-key', 'create'],
  summary: 'create another admin API key for an organization and print it once',
  options: {
    org: { type: 'string', value: '<organization-id>', required: true, description: 'the organization' },
    label: { type: 'string', value: '<label>', description: 'what the key is for (default "cli")' },
  },
  async run(ctx) {
    const { db } = await ctx.db();
    const org = text(ctx, 'org')!;
    const { apiKey, secret } = await withOrganization(db, org, async (tx) => {
      await getOrganization(tx, org);
      return createApiKey(tx, org, text(ctx, 'label') ?? 'cli');
    });
    ctx.print(`API key id: ${apiKey.id}`);
    ctx.print(`Admin API key (shown once, stored only as a hash): ${secret}`);
  },
};

export const apiKeyList: Command = {
  path: ['api-key', 'list'],
  summary: "list an organization's API keys (id, created, revoked, label; never the secrets)",
  options: { org: { type: 'string', value: '<organization-id>', required: true, description: 'the organization' } },
  async run(ctx) {
    const { db } = await ctx.db();
    const org = text(ctx, 'org')!;
    const keys = await withOrganization(db, org, async (tx) => {
      await getOrganization(tx, org);
      return listApiKeys(tx, org);
    });
    for (const key of keys) {
      const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
      ctx.print(`${key.id}  ${key.createdAt.toISOString()}  ${state}  ${key.label}`);
    }
  },
};

export const apiKeyRevoke: Command = {
  path: ['api-key', 'revoke'],
  summary: 'revoke an API key by its id (it stops working at once)',
  positional: '<key-id>',
  options: {
    org: { type: 'string', value: '<organization-id>', description: "the key's organization (default: looked up)" },
  },
  async run(ctx) {
    const id = ctx.positionals[0];
    if (!id) throw usageError('api-key revoke needs the key id: slotkit api-key revoke <key-id>');
    const { db } = await ctx.db();
    const org = text(ctx, 'org') ?? (await organizationOfApiKey(db, id));
    const key = await withOrganization(db, org, (tx) => revokeApiKey(tx, org, id, ctx.now()));
    ctx.print(`Revoked API key ${key.id} (${key.label}) at ${key.revokedAt!.toISOString()}`);
  },
};
