import { createSourceEventStream, execute, print, type ExecutionArgs, type ExecutionResult } from 'graphql';

type Execution = ExecutionResult | Promise<ExecutionResult>;

const isAsyncIterable = (x: unknown): x is AsyncIterable<unknown> =>
  typeof x === 'object' && x !== null && Symbol.asyncIterator in x;

/** `source` with each value mapped; `return()` reaches the source at once (a pending `next()` must not delay it). */
function mapValues<T, R>(source: AsyncIterable<T>, fn: (value: T) => R | Promise<R>): AsyncGenerator<R> {
  const it = source[Symbol.asyncIterator]();
  const map = async (r: IteratorResult<T>): Promise<IteratorResult<R>> =>
    r.done ? { value: undefined, done: true } : { value: await fn(r.value), done: false };
  return {
    next: () => it.next().then(map),
    return: async () => (it.return ? map(await it.return()) : { value: undefined, done: true }),
    throw: async (err: unknown) => {
      if (it.throw) return map(await it.throw(err));
      throw err;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    // graphql-ws takes what graphql-js's subscribe answers (an AsyncGenerator); it only uses the above.
  } as unknown as AsyncGenerator<R>;
}

/**
 * graphql-js `subscribe` for many subscribers of one feed. The coalescer pushes
 * the same state object to every listener of a feed; subscribers running the
 * same document with the same variables share one execution of that state
 * (kept per state object, weakly, so it goes with the state). 2,000 widgets
 * on one date cost one execution per push, not 2,000; each still gets its own
 * message. Sound because nothing under `Subscription` reads the context once
 * subscribed (the feeds map rows once for everyone; the subscribe step, which
 * checks the caller, is per subscriber). An execution with errors is not kept.
 */
export function createSharedSubscribe() {
  const byState = new WeakMap<object, Map<string, Execution>>();
  return async (args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source;
    const key = `${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}\n${print(args.document)}`;
    return mapValues(source, (state) => {
      const run = () => execute({ ...args, rootValue: state });
      if (typeof state !== 'object' || state === null) return run();
      let shared = byState.get(state);
      if (!shared) byState.set(state, (shared = new Map<string, Execution>()));
      const known = shared.get(key);
      if (known) return known;
      const result = run();
      shared.set(key, result);
      const forgetIfFailed = (r: ExecutionResult) => {
        if (r.errors?.length) shared.delete(key);
      };
      if (result instanceof Promise) void result.then(forgetIfFailed, () => shared.delete(key));
      else forgetIfFailed(result);
      return result;
    });
  };
}
