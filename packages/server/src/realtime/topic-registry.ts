import type { BusEvent, ChangeHandler } from './change-bus.ts';

/**
 * The local side every change bus shares, whatever carries the changes
 * (PostgreSQL NOTIFY, NATS): who watches which topic, and the observers of
 * every bus event. Handlers are copied before a dispatch so one may unsubscribe
 * itself while it runs.
 */
export function createTopicRegistry() {
  const handlers = new Map<string, Set<ChangeHandler>>();
  const anyHandlers = new Set<(event: BusEvent) => void>();
  return {
    // Arrow properties, not methods: the buses hand them on unbound (`subscribe: registry.subscribe`).
    subscribe: (topic: string, handler: ChangeHandler): (() => void) => {
      let set = handlers.get(topic);
      if (!set) handlers.set(topic, (set = new Set()));
      set.add(handler);
      return () => {
        const current = handlers.get(topic);
        if (!current?.delete(handler)) return;
        if (current.size === 0) handlers.delete(topic);
      };
    },
    onAny: (handler: (event: BusEvent) => void): (() => void) => {
      anyHandlers.add(handler);
      return () => void anyHandlers.delete(handler);
    },
    emitAny: (event: BusEvent): void => {
      for (const h of anyHandlers) h(event);
    },
    /** One topic changed. */
    dispatch(topic: string): void {
      const set = handlers.get(topic);
      if (set) for (const h of [...set]) h(topic);
    },
    /** Anything may have changed (a reconnect or a gap): every watched topic is dirty. */
    dispatchAll(): void {
      for (const [topic, set] of handlers) for (const h of [...set]) h(topic);
    },
    get size(): number {
      return handlers.size;
    },
    clear(): void {
      handlers.clear();
      anyHandlers.clear();
    },
  };
}
