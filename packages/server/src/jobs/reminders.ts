import { queueDueReminders } from '../domain/bookings/reminders.ts';
import type { AppServices } from '../services.ts';

export interface ReminderJob {
  start(): void;
  stop(): Promise<void>;
  /** One run (tests drive it with the injected clock). */
  runOnce(): Promise<number>;
}

/** Every minute: queue due reminder emails (safe on many instances: SKIP LOCKED) and deliver them. */
export function createReminderJob(services: AppServices, intervalMs = 60_000): ReminderJob {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const runOnce = async () => {
    const ids = await queueDueReminders(services.db, services.now(), services.payments.publicUrl());
    await services.outbox.deliver(ids);
    return ids.length;
  };
  return {
    runOnce,
    start() {
      timer ??= setInterval(() => {
        running = runOnce().catch((err: unknown) => services.logger.warn({ err }, 'reminder run failed'));
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
