import { startApp, type App, type StartAppOptions } from '../../src/bootstrap.ts';
import { testConfig, type Config } from '../../src/config.ts';
import { DEFAULT_WINDOW_SECONDS } from '../../src/http/rate-limiter.ts';
import { openTestDatabase, testDriver, type TestDatabase, type TestDriver } from './database.ts';

export interface TestApp extends App {
  readonly url: string;
  readonly database: TestDatabase;
}

export interface TestAppOptions {
  driver?: TestDriver;
  config?: Partial<Config>;
  now?: () => Date;
  /** Reuse a database opened by openTestDatabase (e.g. two servers on one PostgreSQL). */
  database?: TestDatabase;
  /** false turns the expired-hold sweeper off (tests that expire holds themselves). */
  holdSweeper?: StartAppOptions['holdSweeper'];
  /** The payment reconciler job; off unless a test asks (tests drive reconcileOnce themselves). */
  paymentReconciler?: StartAppOptions['paymentReconciler'];
  /** The waitlist offer job; on unless a test drives it itself (false). */
  waitlist?: StartAppOptions['waitlist'];
  /**
   * The session generator (a pass at start, then at 02:00 venue-local); false for a test whose
   * assertions a generated session's change event would upset (it drops cached catalogs).
   */
  sessionGenerator?: StartAppOptions['sessionGenerator'];
}

/**
 * A server on a random port over a fresh database. Call `stop()` in the file's
 * `after` hook (it also drops the database). Rate and hold limits are off unless a test sets them.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await openTestDatabase(options.driver ?? testDriver()));
  const config = testConfig({
    PORT: 0,
    HOST: '127.0.0.1',
    HOLDS_PER_EMAIL: 0,
    HOLDS_PER_IP: 0,
    RATE_LIMIT_PER_MINUTE: 0,
    AUTH_FAILURES_PER_MINUTE: 0,
    WS_CONNECTIONS_PER_IP: 0,
    ...options.config,
  });
  const rateLimited = config.RATE_LIMIT_PER_MINUTE > 0 || config.AUTH_FAILURES_PER_MINUTE > 0;
  const app = await startApp({
    config,
    dbHandle: database.handle,
    now: options.now ?? (rateLimited ? clockAtWindowStart() : undefined),
    holdSweeper: options.holdSweeper,
    paymentReconciler: options.paymentReconciler ?? false,
    waitlist: options.waitlist,
    sessionGenerator: options.sessionGenerator,
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await app.stop();
    if (!options.database) await database.close();
  };
  return { ...app, url: app.server.url, database, stop };
}

/**
 * A ticking clock that starts one second into a rate-limit window (fixed: http/rate-limiter.ts),
 * so a test's burst of requests never straddles a window's end, however slow the machine: a real clock
 * crossed one in about one run in seventy and the counts started again.
 */
function clockAtWindowStart(windowMs = DEFAULT_WINDOW_SECONDS * 1000): () => Date {
  const real = Date.now();
  const offset = Math.floor(real / windowMs) * windowMs + 1_000 - real;
  return () => new Date(Date.now() + offset);
}
