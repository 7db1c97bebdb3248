import { queueDueReminders } from '../domain/bookings/reminders.ts';
import type { AppServices } from '../services.ts';
import { periodicLoop } from './periodic.ts';

export interface ReminderJob {
  start(): void;
  /** Ends the loop and waits for a run in progress. */
  stop(): Promise<void>;
  /** One run (tests drive it with the injected clock). */
  runOnce(): Promise<number>;
}

/** Every minute: queue due reminder emails (safe on many instances: SKIP LOCKED) and deliver them. */
export function createReminderJob(services: AppServices, intervalMs = 60_000): ReminderJob {
  const runOnce = async () => {
    const ids = await queueDueReminders(services.db, services.now(), services.payments.publicUrl());
    await services.outbox.deliver(ids);
    return ids.length;
  };
  const loop = periodicLoop({
    run: runOnce,
    intervalMs,
    logger: services.logger,
    failureMessage: 'reminder run failed; retrying next interval',
  });
  return { runOnce, start: () => loop.start(), stop: () => loop.stop() };
}
