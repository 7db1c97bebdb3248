import { generateAll, type GenerateAllResult } from '../domain/schedule/generate-many.ts';
import { localDateOf, localTimeOf } from '@slotkit/core/schedule';
import type { AppServices } from '../services.ts';

export interface SessionGeneratorOptions {
  readonly services: Pick<AppServices, 'db' | 'logger' | 'now'>;
  /** Venue-local HH:mm after which each day's run happens. @default '02:00' */
  readonly runAt?: string;
  /** How often the clock is checked. @default 600000 (10 minutes) */
  readonly checkIntervalMs?: number;
  /** Generate for every activity once when started. @default true */
  readonly runOnStart?: boolean;
  /** Activities generated at once. @default 2 */
  readonly concurrency?: number;
}

export interface SessionGenerator {
  start(): void;
  /** Stops the timer and waits for a running pass, which ends after its current activity. */
  stop(): Promise<void>;
  /** One pass for the venues whose day's run is due at `services.now()`; what the timer runs. */
  runDue(): Promise<GenerateAllResult>;
  /** One pass for every active activity, due or not. */
  runAll(): Promise<GenerateAllResult>;
}

/**
 * Keeps `advanceBooking` days of sessions ahead: daily at `runAt` venue-local
 * (each venue in its own timezone) and once at start. Safe with many
 * instances: each activity is generated under a transaction-scoped advisory
 * lock (another instance's activity is skipped, not waited for) and the
 * insert is idempotent. Which day ran is kept per instance only to avoid
 * repeating work; correctness never depends on it.
 */
export function createSessionGenerator(options: SessionGeneratorOptions): SessionGenerator {
  const { services } = options;
  const runAt = options.runAt ?? '02:00';
  const checkIntervalMs = options.checkIntervalMs ?? 600_000;
  /** timezone → the venue-local date whose run has happened. */
  const doneFor = new Map<string, string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  const abort = new AbortController();

  const pass = async (all: boolean): Promise<GenerateAllResult> => {
    const now = services.now();
    const due = (tz: string) => all || (localTimeOf(tz, now) >= runAt && doneFor.get(tz) !== localDateOf(tz, now));
    const zones = new Set<string>();
    const result = await generateAll(services.db, {
      now,
      exclusive: true,
      signal: abort.signal,
      concurrency: options.concurrency ?? 2,
      filter: (a) => {
        if (!due(a.timezone)) return false;
        zones.add(a.timezone);
        return true;
      },
      onError: (activityId, err) =>
        services.logger.error({ err, activityId }, 'session generation failed for an activity'),
    });
    // A zone whose run hour has not come yet today still runs at it, even after a start-up pass.
    for (const tz of zones) if (localTimeOf(tz, now) >= runAt) doneFor.set(tz, localDateOf(tz, now));
    if (result.created > 0 || result.failed > 0) services.logger.info({ ...result }, 'sessions generated');
    return result;
  };

  const track = <T>(work: Promise<T>): Promise<T> => {
    running = work.catch(() => undefined);
    return work;
  };

  const tick = () => {
    if (running) return;
    track(pass(false))
      .catch((err: unknown) => services.logger.error({ err }, 'session generator pass failed'))
      .finally(() => (running = undefined));
  };

  return {
    start() {
      if (timer) return;
      timer = setInterval(tick, checkIntervalMs);
      timer.unref();
      if (options.runOnStart ?? true) {
        track(pass(true))
          .catch((err: unknown) => services.logger.error({ err }, 'session generator start-up pass failed'))
          .finally(() => (running = undefined));
      }
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      abort.abort();
      await running;
    },
    runDue: () => pass(false),
    runAll: () => pass(true),
  };
}
