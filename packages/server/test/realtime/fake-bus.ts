import type { ChangeBus, ChangeHandler } from '../../src/realtime/change-bus.ts';

/** An in-memory bus: `emit` stands in for a committed NOTIFY. */
export class FakeBus implements Pick<ChangeBus, 'subscribe'> {
  readonly handlers = new Map<string, Set<ChangeHandler>>();

  subscribe(topic: string, handler: ChangeHandler): () => void {
    let set = this.handlers.get(topic);
    if (!set) this.handlers.set(topic, (set = new Set()));
    set.add(handler);
    return () => {
      set.delete(handler);
      if (set.size === 0) this.handlers.delete(topic);
    };
  }

  emit(topic: string): void {
    for (const h of [...(this.handlers.get(topic) ?? [])]) h(topic);
  }
}
