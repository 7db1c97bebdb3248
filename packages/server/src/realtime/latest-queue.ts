/**
 * An async iterator that holds only the newest unread value: every push is a
 * full snapshot, so a slow client skips stale states instead of queueing them.
 *
 * Written by hand rather than as an async generator because a generator's
 * `return()` waits behind a pending `next()`; graphql-ws calls `return()` when
 * a socket closes, and it must end the iterator (and run `onReturn`) at once.
 */
export interface LatestQueue<T> {
  push(value: T): void;
  /** Ends the iterator with an error after any unread value. */
  fail(err: unknown): void;
  readonly iterator: AsyncIterableIterator<T>;
}

export function createLatestQueue<T>(onReturn: () => void): LatestQueue<T> {
  let value: { v: T } | undefined;
  let failure: { err: unknown } | undefined;
  let waiter: { resolve(r: IteratorResult<T>): void; reject(err: unknown): void } | undefined;
  let done = false;

  const finish = () => {
    if (done) return;
    done = true;
    onReturn();
  };
  const end = (): IteratorResult<T> => ({ done: true, value: undefined });

  const iterator: AsyncIterableIterator<T> = {
    next() {
      if (value) {
        const r = { done: false as const, value: value.v };
        value = undefined;
        return Promise.resolve(r);
      }
      if (failure) {
        const { err } = failure;
        failure = undefined;
        return Promise.reject(err instanceof Error ? err : new Error(String(err)));
      }
      if (done) return Promise.resolve(end());
      return new Promise((resolve, reject) => (waiter = { resolve, reject }));
    },
    return() {
      value = undefined;
      failure = undefined;
      finish();
      const w = waiter;
      waiter = undefined;
      w?.resolve(end());
      return Promise.resolve(end());
    },
    throw(err?: unknown) {
      void iterator.return!();
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };

  return {
    iterator,
    push(v) {
      if (done) return;
      if (waiter) {
        const w = waiter;
        waiter = undefined;
        w.resolve({ done: false, value: v });
      } else value = { v };
    },
    fail(err) {
      if (done) return;
      finish();
      if (waiter) {
        const w = waiter;
        waiter = undefined;
        w.reject(err);
      } else failure = { err };
    },
  };
}
