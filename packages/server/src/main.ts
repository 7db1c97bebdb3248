import { ConfigError, loadConfig, type Config } from './config.ts';
import { startApp } from './bootstrap.ts';
import { createLogger } from './observability/logger.ts';
import { isDatabaseUnavailable } from './db/unavailable.ts';
import { DEMO_EMBED_KEY, seedDemo } from './seed/demo.ts';
import { syncActivityCatalog } from './domain/admin/stripe-sync.ts';

// The process entry point: `pnpm start`. Configuration and connection problems
// end the process with one human line, never a stack trace.
function fail(message: string): never {
  process.stderr.write(`slotkit: ${message}\n`);
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) fail(`invalid configuration: ${err.problems.join('; ')}`);
  throw err;
}

const logger = createLogger(config.LOG_LEVEL);
// postgres.js fetches array types on each new connection without a catch: a
// database that drops mid-fetch leaves an unhandled rejection. An outage must
// not kill the process (the pool reconnects); any other one still does.
process.on('unhandledRejection', (reason) => {
  if (isDatabaseUnavailable(reason)) return void logger.warn({ err: reason }, 'database connection lost');
  logger.fatal({ err: reason }, 'unhandled rejection');
  process.exit(1);
});
const app = await startApp({ config, logger, holdReadiness: true }).catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  const target = config.DATABASE_URL ? new URL(config.DATABASE_URL).host : config.SLOTKIT_DATA_DIR;
  fail(`could not start (database ${target}): ${message.split('\n')[0]}`);
});

const publicUrl = config.PUBLIC_URL ?? `http://localhost:${new URL(app.server.url).port}`;
if (config.SLOTKIT_DEMO) {
  const seed = await seedDemo(app.services.db, {
    publicOrigin: new URL(publicUrl).origin,
    adminKey: config.SLOTKIT_ADMIN_KEY,
  });
  if (seed.seeded) logger.info({ activityIds: seed.activityIds }, 'seeded the demo organization');
  // With a Stripe key the demo catalog is mirrored to Stripe (keyless: a no-op); a failure leaves the demo usable.
  for (const id of seed.activityIds)
    await syncActivityCatalog(app.services, id).catch((err: unknown) =>
      logger.error({ err }, 'demo catalog sync failed'),
    );
  const lines = [
    '',
    `  Slotkit is running on ${publicUrl}`,
    `  GraphQL:   ${publicUrl}/graphql`,
    `  Console:   ${publicUrl}/console`,
    `  Demo page: ${publicUrl}/demo`,
    `  Embed key: ${DEMO_EMBED_KEY}`,
    seed.adminKey
      ? `  Admin API key (shown once, stored only as a hash): ${seed.adminKey}`
      : config.SLOTKIT_ADMIN_KEY
        ? '  Admin API key: the value of SLOTKIT_ADMIN_KEY'
        : '  Admin API key: printed at the first start (set SLOTKIT_ADMIN_KEY to choose one)',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
} else {
  logger.info({ url: publicUrl }, 'slotkit started');
}
app.ready();

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // `on`, not `once`: Ctrl-C or a process manager signals the whole group, and pnpm forwards the same
  // signal again; a repeat while stopping must not fall through to the default handler and cut the stop.
  process.on(signal, () => {
    if (stopping) return void logger.info({ signal }, 'already shutting down');
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 9_000);
    force.unref();
    app.stop().then(
      () => {
        logger.info({ signal }, 'stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
