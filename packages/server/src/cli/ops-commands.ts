import { migrationStatus, runMigrations } from '../db/migrate.ts';
import { syncActivityCatalog } from '../domain/admin/stripe-sync.ts';
import { generateForActivity } from '../domain/schedule/generate.ts';
import { isIsoDate } from '../graphql/scalars.ts';
import { Payments } from '../payments/payments.ts';
import { DEMO_EMBED_KEY, seedDemo } from '../seed/demo.ts';
import type { Command } from './command.ts';
import { usageError } from './command.ts';

export const migrate: Command = {
  path: ['migrate'],
  summary: 'apply pending database migrations (the server also does this at start)',
  options: {},
  migrates: false,
  async run(ctx) {
    const handle = await ctx.db();
    const before = await migrationStatus(handle);
    await runMigrations(handle);
    ctx.print(
      before.pending === 0
        ? `Database is up to date (${before.known} migrations).`
        : `Applied ${before.pending} migration(s); the database is up to date (${before.known} migrations).`,
    );
  },
};

export const sessionsGenerate: Command = {
  path: ['sessions', 'generate'],
  summary: "create an activity's sessions from its schedule for the next days (idempotent)",
  details: ['Sessions that already exist are left as they are; re-running changes nothing.'],
  options: {
    activity: { type: 'string', value: '<activity-id>', required: true, description: 'the activity' },
    days: { type: 'string', value: '<n>', required: true, description: 'how many days (1–730)' },
    from: { type: 'string', value: '<YYYY-MM-DD>', description: "first venue-local date (default: the venue's today)" },
  },
  async run(ctx) {
    const days = Number(ctx.options.days);
    if (!/^\d+$/.test(String(ctx.options.days))) throw usageError('--days must be a whole number, e.g. --days 30');
    const from = ctx.options.from as string | undefined;
    if (from !== undefined && !isIsoDate(from)) throw usageError('--from must be a real date as YYYY-MM-DD');
    const { db } = await ctx.db();
    const activityId = ctx.options.activity as string;
    const result = await db.transaction((tx) => generateForActivity(tx, { activityId, from, days, now: ctx.now() }));
    ctx.print(`Created ${result.created} session(s); ${result.existing} already existed.`);
  },
};

export const demoSeed: Command = {
  path: ['demo', 'seed'],
  summary: 'seed the demo organization, venue and activities into an empty database',
  details: [
    'Does nothing when the database already has an organization (as at server start).',
    'The admin key is SLOTKIT_ADMIN_KEY when set, else generated and printed once.',
  ],
  options: {},
  async run(ctx) {
    const { config, logger } = ctx;
    const { db } = await ctx.db();
    const publicOrigin = new URL(config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).origin;
    const seed = await seedDemo(db, { publicOrigin, adminKey: config.SLOTKIT_ADMIN_KEY, now: ctx.now() });
    if (!seed.seeded) {
      ctx.print('The database already has an organization: nothing seeded.');
      return;
    }
    const payments = new Payments({ config, db, logger });
    for (const id of seed.activityIds) await syncActivityCatalog({ db, logger, payments }, id);
    ctx.print(`Seeded the demo venue (embed key ${DEMO_EMBED_KEY}) with ${seed.activityIds.length} activities.`);
    ctx.print(
      seed.adminKey
        ? `Admin API key (shown once, stored only as a hash): ${seed.adminKey}`
        : 'Admin API key: the value of SLOTKIT_ADMIN_KEY',
    );
  },
};
