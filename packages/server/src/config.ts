import { join } from 'node:path';
import { z } from 'zod';

const flag = z.enum(['0', '1', 'true', 'false', '']).transform((v) => v === '1' || v === 'true');
const count = (fallback: number) => z.coerce.number().int().min(0).default(fallback);
const postgresUrl = z.string().refine((v) => {
  if (!/^postgres(ql)?:\/\/\S+$/.test(v)) return false;
  try {
    return Boolean(new URL(v).host);
  } catch {
    return false;
  }
}, 'must be a URL like postgres://user@host:5432/db');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.string().url('must be the public https URL of this server').optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_REPLICA_URL: postgresUrl.optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Hot-path statements run prepared (db/client.ts queryRowsPrepared); 0 behind a pooler that cannot keep them
   * (PgBouncer transaction mode without max_prepared_statements). */
  DB_PREPARE: flag.default('1'),
  /** PGlite folder. @default `.slotkit` in the folder `pnpm start` was run from (pnpm's INIT_CWD), else the cwd */
  SLOTKIT_DATA_DIR: z.string().optional(),
  /** Seed the demo organization into an empty database. @default on, except under NODE_ENV=production (then only when
   * set to 1). */
  SLOTKIT_DEMO: flag.optional(),
  SLOTKIT_ADMIN_KEY: z.string().min(24, 'must be at least 24 characters').optional(),
  HOLD_MINUTES: z.coerce.number().int().min(1).max(120).default(10),
  HOLDS_PER_EMAIL: count(3),
  HOLDS_PER_IP: count(3),
  RATE_LIMIT_PER_MINUTE: count(120),
  /** Wrong API keys one IP may send per minute before every keyed request from it is RATE_LIMITED. */
  AUTH_FAILURES_PER_MINUTE: count(20),
  /** WebSockets one IP may hold open at once (per instance); more are refused with 429 at the handshake. */
  WS_CONNECTIONS_PER_IP: count(200),
  TRUST_PROXY: flag.default('0'),
  /** Realtime throttle window (DESIGN.md §6): a quiet topic's change is pushed this long after it; 1 push a window. */
  REALTIME_DEBOUNCE_MS: z.coerce.number().int().min(0).max(10_000).default(500),
  /** A failed push computation (database unreachable) is retried after this long. */
  REALTIME_MAX_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
  /** A paid Checkout with neither a booking nor a refund for longer than this raises a PAYMENT_UNRECONCILED alert. */
  RECONCILE_ALERT_MINUTES: z.coerce.number().int().min(1).max(1440).default(10),
  /** How often the payment reconciler lists the gateway's paid Checkout sessions (jobs/payment-reconciler.ts). */
  RECONCILE_INTERVAL_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_', 'must be a Stripe secret key (sk_…)').optional(),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_', 'must be a Stripe webhook secret (whsec_…)').optional(),
  STRIPE_API_URL: z.string().url('must be a URL like http://127.0.0.1:12111').optional(),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  ALERT_WEBHOOK_URL: z.string().url().optional(),
  /** Per-instance cache of widgetConfig and calendar, invalidated by the change bus; 0 turns it off (benchmarks). */
  READ_CACHE: flag.default('1'),
  /** Change bus transport: PostgreSQL LISTEN/NOTIFY, or NATS fed by one elected LISTEN relay (docs/SCALING.md). */
  CHANGE_BUS: z.enum(['postgres', 'nats']).default('postgres'),
  NATS_URL: z.string().default('nats://127.0.0.1:4222'),
  SMTP_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = Omit<z.infer<typeof schema>, 'SLOTKIT_DEMO' | 'SLOTKIT_DATA_DIR'> & {
  SLOTKIT_DEMO: boolean;
  SLOTKIT_DATA_DIR: string;
};

const requiredInProduction = ['DATABASE_URL', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'PUBLIC_URL'] as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the environment once; empty strings count as unset. Throws ConfigError listing every bad value. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  const problems = parsed.success
    ? []
    : // The setting is named, its value never echoed: it may be a secret (a key, a URL with a password).
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  if (parsed.success && parsed.data.NODE_ENV === 'production') {
    for (const key of requiredInProduction) {
      if (!parsed.data[key]) problems.push(`${key}: required when NODE_ENV=production`);
    }
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  const demo = parsed.data.SLOTKIT_DEMO ?? parsed.data.NODE_ENV !== 'production';
  // `pnpm start` runs the server package with its own cwd; the data belongs where the user ran it.
  const dataDir = parsed.data.SLOTKIT_DATA_DIR ?? join(present.INIT_CWD ?? '.', '.slotkit');
  return { ...parsed.data, SLOTKIT_DEMO: demo, SLOTKIT_DATA_DIR: dataDir };
}

/** The configuration the test suite starts servers with: embedded DB, no demo, no limits. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', SLOTKIT_DEMO: '0', LOG_LEVEL: 'silent' }), ...overrides };
}
