import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import Stripe from 'stripe';
import type { Config } from '../config.ts';
import type { DbHandle } from '../db/client.ts';
import { migrationStatus } from '../db/migrate.ts';
import { venues } from '../db/schema/index.ts';
import { stripeOptions } from '../payments/stripe-client.ts';
import { controlSocketPath } from './control-socket.ts';

const hasControlSocket = (config: Config) => existsSync(controlSocketPath(config.SLOTKIT_DATA_DIR));

/** One finding of `slotkit doctor`: a problem fails the run, a warning does not. */
export interface Finding {
  readonly level: 'ok' | 'warn' | 'problem';
  readonly area: string;
  readonly message: string;
}

const ok = (area: string, message: string): Finding => ({ level: 'ok', area, message });
const warn = (area: string, message: string): Finding => ({ level: 'warn', area, message });
const problem = (area: string, message: string): Finding => ({ level: 'problem', area, message });

const TIMEOUT_MS = 8_000;
const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0]!;

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const isLocalHost = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
/** The host of an origin pattern (`scheme://host:*`, `scheme://*.host` are not URLs). */
const hostOf = (origin: string) => /^[a-z]+:\/\/(\[[^\]]+\]|[^/:]+)/i.exec(origin)?.[1] ?? '';

/** Where the database is, in words, without its password. */
export function describeDatabase(config: Config): string {
  if (!config.DATABASE_URL) return `the embedded PGlite database in ${config.SLOTKIT_DATA_DIR}`;
  const url = new URL(config.DATABASE_URL);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

export function checkPublicUrl(config: Config, production: boolean): Finding[] {
  if (!config.PUBLIC_URL) {
    return production
      ? [] // the configuration check already names it
      : [warn('PUBLIC_URL', 'unset: links in emails and Stripe return URLs use http://localhost:PORT')];
  }
  const url = new URL(config.PUBLIC_URL);
  const findings: Finding[] = [];
  if (production && url.protocol !== 'https:' && !isLocalHost(url.hostname))
    findings.push(
      problem('PUBLIC_URL', `${config.PUBLIC_URL} is not https: browsers and Stripe need https in production`),
    );
  if (url.pathname !== '/' || url.search)
    findings.push(warn('PUBLIC_URL', `${config.PUBLIC_URL} has a path: only its origin (${url.origin}) is used`));
  return findings.length > 0 ? findings : [ok('PUBLIC_URL', config.PUBLIC_URL)];
}

export async function checkStripe(config: Config, production: boolean): Promise<Finding[]> {
  const findings: Finding[] = [];
  if (!config.STRIPE_SECRET_KEY) {
    if (!production) findings.push(ok('Stripe', 'no STRIPE_SECRET_KEY: payments use the local test checkout page'));
  } else {
    if (production && config.STRIPE_SECRET_KEY.startsWith('sk_test_'))
      findings.push(warn('Stripe', 'STRIPE_SECRET_KEY is a test-mode key: no real payments will be taken'));
    const stripe = new Stripe(config.STRIPE_SECRET_KEY, { ...stripeOptions(config), maxNetworkRetries: 0 });
    try {
      await withTimeout(stripe.balance.retrieve(), 'Stripe');
      findings.push(ok('Stripe', 'STRIPE_SECRET_KEY is accepted by Stripe'));
    } catch (err) {
      findings.push(
        err instanceof Stripe.errors.StripeAuthenticationError
          ? problem('Stripe', 'Stripe rejected STRIPE_SECRET_KEY: copy the secret key (sk_…) from the Stripe dashboard')
          : err instanceof Stripe.errors.StripePermissionError
            ? warn('Stripe', 'STRIPE_SECRET_KEY is a restricted key without balance access: could not verify it')
            : problem('Stripe', `could not reach Stripe to check STRIPE_SECRET_KEY: ${firstLine(err)}`),
      );
    }
  }
  if (config.STRIPE_SECRET_KEY && !config.STRIPE_WEBHOOK_SECRET && !production)
    findings.push(
      problem(
        'Stripe webhook',
        'STRIPE_WEBHOOK_SECRET is unset: Stripe webhooks will be refused, so payments are not confirmed',
      ),
    );
  else if (config.STRIPE_WEBHOOK_SECRET)
    findings.push(
      ok('Stripe webhook', `STRIPE_WEBHOOK_SECRET is set; Stripe must send events to ${webhookUrl(config)}`),
    );
  return findings;
}

const webhookUrl = (config: Config) =>
  `${config.PUBLIC_URL ? new URL(config.PUBLIC_URL).origin : `http://localhost:${config.PORT}`}/webhooks/stripe`;

export async function checkSmtp(config: Config, production: boolean): Promise<Finding[]> {
  if (!config.SMTP_URL) {
    const message = 'SMTP_URL is unset: emails are written to the log, customers receive none';
    return [production ? problem('SMTP', message) : ok('SMTP', `${message} (fine for development)`)];
  }
  const transport = nodemailer.createTransport(config.SMTP_URL);
  try {
    await withTimeout(transport.verify(), 'The SMTP server');
    return [ok('SMTP', `the SMTP server at ${new URL(config.SMTP_URL).host} accepts connections`)];
  } catch (err) {
    return [problem('SMTP', `cannot use the SMTP server at ${new URL(config.SMTP_URL).host}: ${firstLine(err)}`)];
  } finally {
    transport.close();
  }
}

/**
 * Connects and compares the migrations. Never creates a database: a bad DATABASE_URL is not
 * replaced by the embedded one, and a PGlite folder that does not exist yet is only reported.
 */
export async function checkDatabase(
  config: Config,
  env: Readonly<Record<string, string | undefined>>,
  open: () => Promise<DbHandle>,
): Promise<{ findings: Finding[]; handle?: DbHandle }> {
  if (!config.DATABASE_URL && env.DATABASE_URL)
    return { findings: [problem('database', 'not checked: DATABASE_URL is not a valid PostgreSQL URL')] };
  if (!config.DATABASE_URL && env.NODE_ENV === 'production')
    return { findings: [problem('database', 'not checked: production needs DATABASE_URL (PostgreSQL)')] };
  if (!config.DATABASE_URL && !existsSync(join(config.SLOTKIT_DATA_DIR, 'PG_VERSION')) && !hasControlSocket(config))
    return {
      findings: [warn('database', `no embedded database in ${config.SLOTKIT_DATA_DIR} yet: \`pnpm start\` creates it`)],
    };
  const where = describeDatabase(config);
  let handle: DbHandle;
  try {
    handle = await withTimeout(open(), 'The database');
    await withTimeout(handle.db.execute(sql`select 1`), 'The database');
  } catch (err) {
    return { findings: [problem('database', `cannot open ${where}: ${firstLine(err)}`)] };
  }
  const findings = [ok('database', `connected to ${where}`)];
  try {
    const status = await migrationStatus(handle);
    if (status.unknown > 0)
      findings.push(
        problem(
          'migrations',
          `the database has ${status.unknown} migration(s) this version does not know: a newer Slotkit migrated it`,
        ),
      );
    else if (status.pending === status.known) {
      findings.push(
        warn('migrations', 'none applied: the database is empty; run `pnpm slotkit migrate` or start the server'),
      );
      return { findings };
    } else if (status.pending > 0)
      findings.push(
        warn(
          'migrations',
          `${status.pending} of ${status.known} not applied yet: run \`pnpm slotkit migrate\` (or start the server)`,
        ),
      );
    else findings.push(ok('migrations', `all ${status.known} applied`));
  } catch (err) {
    findings.push(problem('migrations', `cannot read the migration state: ${firstLine(err)}`));
  }
  return { findings, handle };
}

/** Each venue's allowed origins: the pages its widget may run on. */
export async function checkAllowedOrigins(handle: DbHandle, production: boolean): Promise<Finding[]> {
  let rows: { name: string; allowedOrigins: string[] }[];
  try {
    rows = await handle.db.select({ name: venues.name, allowedOrigins: venues.allowedOrigins }).from(venues);
  } catch (err) {
    return [problem('allowed origins', `cannot read the venues: ${firstLine(err)}`)];
  }
  if (rows.length === 0) return [warn('allowed origins', 'no venue yet: create one in /console or through the API')];
  const findings: Finding[] = [];
  for (const venue of rows) {
    const origins = venue.allowedOrigins ?? [];
    const area = `allowed origins of "${venue.name}"`;
    if (origins.length === 0) {
      findings.push(warn(area, 'empty: its widget works only on pages of this server; add the sites that embed it'));
      continue;
    }
    const plain = origins.filter((o) => o.startsWith('http://'));
    const local = plain.filter((o) => isLocalHost(hostOf(o)));
    const insecure = plain.filter((o) => !local.includes(o));
    if (insecure.length > 0)
      findings.push(
        (production ? problem : warn)(area, `${insecure.join(', ')} ${insecure.length > 1 ? 'are' : 'is'} plain http`),
      );
    if (production && local.length > 0)
      findings.push(warn(area, `${local.join(', ')} lets any page served from this machine book (development only)`));
    if (insecure.length === 0 && !(production && local.length > 0)) findings.push(ok(area, origins.join(', ')));
  }
  return findings;
}
