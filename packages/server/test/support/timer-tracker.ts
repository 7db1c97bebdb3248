import { createHook } from 'node:async_hooks';

/**
 * Records every timer created while tracking is on, with the stack that created it, and forgets it
 * when it fires or is cleared. Counting the process's Timeout handles instead is noisy: the database
 * driver arms an idle timer per pooled connection whenever it goes idle, so two snapshots differ by
 * however many connections happened to be idle at that instant.
 */
export function trackTimers() {
  const live = new Map<number, string>();
  let tracking = false;
  const hook = createHook({
    init(id, type) {
      if (tracking && type === 'Timeout') live.set(id, new Error().stack ?? '');
    },
    destroy(id) {
      live.delete(id);
    },
  }).enable();
  return {
    start() {
      live.clear();
      tracking = true;
    },
    /** Stacks of timers created since start() that are still armed, minus those `allowed` accepts. */
    survivors(allowed: (stack: string) => boolean): string[] {
      tracking = false;
      return [...live.values()].filter((stack) => !allowed(stack)).map((s) => s.split('\n').slice(2, 8).join('\n'));
    },
    stop() {
      hook.disable();
    },
  };
}
