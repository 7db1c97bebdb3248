import type { Logger } from '../observability/logger.ts';

export interface PeriodicLoopOptions {
  /** One pass; a failure is logged and the next pass still comes. */
  readonly run: () => Promise<unknown>;
  readonly intervalMs: number;
  /** Delay of the first pass after start(). @default intervalMs */
  readonly firstDelayMs?: number;
  readonly logger: Logger;
  /** Logged with the error of a failed pass. */
  readonly failureMessage: string;
}

export interface PeriodicLoop {
  start(): void;
  /** Ends the loop and waits for a pass in progress. */
  stop(): Promise<void>;
  /** True from stop() on: a long pass checks it between its batches to end early. */
  readonly stopping: boolean;
}

/**
 * The loop every background job shares: one pass at a time (the next is scheduled when the previous ends,
 * so passes never overlap), passes keep coming after a failure, and stop() waits for the pass in progress.
 */
export function periodicLoop(options: PeriodicLoopOptions): PeriodicLoop {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;
  let stopping = false;
  const tick = () => {
    running = options
      .run()
      .catch((err: unknown) => options.logger.error({ err }, options.failureMessage))
      .finally(() => {
        running = undefined;
        if (!stopped) timer = setTimeout(tick, options.intervalMs);
      });
  };
  return {
    start() {
      if (!stopped) return;
      stopped = false;
      stopping = false;
      timer = setTimeout(tick, options.firstDelayMs ?? options.intervalMs);
    },
    async stop() {
      stopped = true;
      stopping = true;
      if (timer) clearTimeout(timer);
      await running;
    },
    get stopping() {
      return stopping;
    },
  };
}
