import { offerFreedSeats, sessionsNeedingOffers, type OfferPass } from '../domain/waitlist/offers.ts';
import { waitlistDeps } from '../domain/waitlist/deps.ts';
import type { AppServices } from '../services.ts';
import { periodicLoop } from './periodic.ts';

export interface WaitlistJobOptions {
  readonly services: AppServices;
  /** Time between backstop sweeps (a wake-up the bus lost, an offer that ended with nobody waiting). @default 15000 */
  readonly intervalMs?: number;
  /** Listen for the trigger's `waitlist:<sessionId>` wake-ups on the change bus. @default true */
  readonly listen?: boolean;
}

export interface WaitlistJob {
  start(): void;
  stop(): Promise<void>;
  /** The sweep: every session with waitlist work, one pass each. */
  sweepOnce(): Promise<OfferPass[]>;
  /** Waits until the wake-ups received so far are handled (tests). */
  idle(): Promise<void>;
}

const WAKE_PREFIX = 'waitlist:';

/**
 * Turns freed seats into offers (DESIGN §9.4). Fast path: migration 0017's trigger notifies
 * `waitlist:<sessionId>` when a session with waiting parties gains seats; every instance hears it and runs
 * one pass for that session (offerFreedSeats, under the session row lock: instances never double offer).
 * Wake-ups arriving during a pass are batched into the next. Backstop: a periodic sweep.
 */
export function createWaitlistJob(options: WaitlistJobOptions): WaitlistJob {
  const { services } = options;
  const pending = new Set<string>();
  let draining: Promise<void> | undefined;
  let stopped = true;
  let unsubscribe: (() => void) | undefined;

  const pass = (sessionId: string) =>
    offerFreedSeats(waitlistDeps(services), sessionId).then((p) => {
      services.metrics.waitlist.inc({ event: 'pass' });
      if (p.offered.length > 0) services.metrics.waitlist.inc({ event: 'offer' }, p.offered.length);
      if (p.finished > 0) services.metrics.waitlist.inc({ event: 'finished' }, p.finished);
      if (p.offered.length > 0) {
        services.logger.info({ sessionId, offers: p.offered.length }, 'waitlist offers made');
      }
      return p;
    });

  const drain = async () => {
    while (pending.size > 0 && !stopped) {
      const batch = [...pending];
      pending.clear();
      for (const id of batch) {
        await pass(id).catch((err: unknown) => services.logger.error({ err, sessionId: id }, 'waitlist pass failed'));
      }
    }
  };
  const wake = (sessionId: string) => {
    pending.add(sessionId);
    draining ??= drain().finally(() => {
      draining = undefined;
      if (pending.size > 0 && !stopped) wake([...pending][0]!);
    });
  };

  async function sweepOnce(): Promise<OfferPass[]> {
    const passes: OfferPass[] = [];
    for (const id of await sessionsNeedingOffers(services.db, services.now())) {
      if (loop.stopping) break;
      passes.push(await pass(id));
    }
    return passes;
  }

  const loop = periodicLoop({
    run: sweepOnce,
    intervalMs: options.intervalMs ?? 15_000,
    firstDelayMs: Math.min(options.intervalMs ?? 15_000, 2_000),
    logger: services.logger,
    failureMessage: 'waitlist sweep failed; retrying next interval',
  });

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      if (options.listen !== false) {
        unsubscribe = services.realtime.bus.onAny((event) => {
          if (event.type === 'change' && event.topic.startsWith(WAKE_PREFIX))
            wake(event.topic.slice(WAKE_PREFIX.length));
          // Wake-ups may have been lost while the bus was down: sweep now rather than at the next interval.
          if (event.type === 'reconnected') void sweepOnce().catch(() => undefined);
        });
      }
      loop.start();
    },
    async stop() {
      stopped = true;
      unsubscribe?.();
      await Promise.all([loop.stop(), draining]);
    },
    sweepOnce,
    async idle() {
      while (draining) await draining;
    },
  };
}
