import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';
import { SlotkitError, type SlotkitGraphQLError } from './errors.js';

/** A typed document as `pnpm codegen` generates it (TypedDocumentString) or any string-like typed document. */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

// `never` where the other parameter is ignored: variables sit in a contravariant position.
export type ResultOf<D> = D extends DocumentTypeDecoration<infer R, never> ? R : never;
export type VariablesOf<D> = D extends DocumentTypeDecoration<unknown, infer V> ? V : never;

export interface RequestOptions {
  /** Aborts the HTTP request. */
  readonly signal?: AbortSignal;
  /** Extra headers for this request only. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Variables are required exactly when the operation declares a required variable. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "does V accept no properties?" is asked with {}
export type OperationArgs<V> = {} extends V
  ? [variables?: V, options?: RequestOptions]
  : [variables: V, options?: RequestOptions];

export interface SlotkitClientOptions {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  readonly url: string;
  /** Admin API key (`slk_…`), sent as `Authorization: Bearer …`. Omit for public operations. */
  readonly apiKey?: string;
  /** @default globalThis.fetch */
  readonly fetch?: typeof globalThis.fetch;
  /**
   * WebSocket constructor for subscriptions. Browsers and Node ≥ 22 have one;
   * on Node 20 pass `WebSocket` from the `ws` package.
   * @default globalThis.WebSocket
   */
  readonly webSocketImpl?: unknown;
  /** @default `url` with http(s) → ws(s) */
  readonly wsUrl?: string;
  /** Headers sent with every HTTP request. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface SlotkitSubscription<T> extends AsyncIterableIterator<T> {
  /** Ends the subscription (the same as leaving a `for await` loop). */
  unsubscribe(): void;
}

export interface SlotkitClient {
  /** Runs a query over HTTP; resolves with `data`, rejects with a SlotkitError. */
  query<R, V>(document: TypedDocument<R, V>, ...args: OperationArgs<NoInfer<V>>): Promise<R>;
  /** Runs a mutation over HTTP; resolves with `data`, rejects with a SlotkitError. */
  mutate<R, V>(document: TypedDocument<R, V>, ...args: OperationArgs<NoInfer<V>>): Promise<R>;
  /**
   * Subscribes over graphql-ws (one WebSocket per client, opened on first use).
   * Iterate with `for await`; each value is the event's `data`. A GraphQL
   * error ends the iteration with a SlotkitError.
   */
  subscribe<R, V>(document: TypedDocument<R, V>, ...args: OperationArgs<NoInfer<V>>): SlotkitSubscription<R>;
  /** Closes the WebSocket, if one was opened. */
  dispose(): Promise<void>;
}

interface GraphQLResponseBody {
  data?: unknown;
  errors?: SlotkitGraphQLError[];
}

/** A small typed client for the Slotkit API; works in browsers and in Node (global fetch). */
export function createSlotkitClient(options: SlotkitClientOptions): SlotkitClient {
  const doFetch = options.fetch ?? globalThis.fetch;
  const authorization: Record<string, string> = options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {};
  let ws: Client | undefined;

  async function request<R>(
    document: { toString(): string },
    variables: unknown,
    opts: RequestOptions = {},
  ): Promise<R> {
    if (typeof doFetch !== 'function')
      throw new SlotkitError('NETWORK_ERROR', 'No fetch available: pass options.fetch', []);
    let res: Response;
    try {
      res = await doFetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...options.headers,
          ...authorization,
          ...opts.headers,
        },
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
        signal: opts.signal,
      });
    } catch (cause) {
      throw new SlotkitError('NETWORK_ERROR', `Slotkit API unreachable: ${(cause as Error)?.message ?? cause}`, [], {
        cause,
      });
    }
    let body: GraphQLResponseBody | undefined;
    try {
      body = (await res.json()) as GraphQLResponseBody;
    } catch {
      body = undefined;
    }
    return unwrap<R>(body, res.status);
  }

  function socket(): Client {
    if (ws) return ws;
    const webSocketImpl = options.webSocketImpl ?? (globalThis as { WebSocket?: unknown }).WebSocket;
    if (!webSocketImpl)
      throw new SlotkitError(
        'NETWORK_ERROR',
        'No WebSocket available: pass options.webSocketImpl (e.g. from the ws package)',
        [],
      );
    ws = createClient({
      url: options.wsUrl ?? options.url.replace(/^http/, 'ws'),
      webSocketImpl,
      lazy: true,
      // The server reads the key from connectionParams (browsers cannot set WebSocket headers).
      connectionParams: () => ({ ...authorization }),
      // A refused key (4403) will be refused again: fail at once instead of after graphql-ws's retries.
      shouldRetry: (event) =>
        (event as { code?: unknown })?.code !== 4403 && typeof (event as { code?: unknown })?.code === 'number',
    });
    return ws;
  }

  return {
    query: (document, ...[variables, opts]) => request(document, variables, opts),
    mutate: (document, ...[variables, opts]) => request(document, variables, opts),
    subscribe<R, V>(document: TypedDocument<R, V>, ...[variables]: OperationArgs<V>): SlotkitSubscription<R> {
      const source = socket().iterate<R>({
        query: document.toString(),
        variables: variables ?? {},
      });
      const iterator: SlotkitSubscription<R> = {
        async next() {
          let step: IteratorResult<unknown>;
          try {
            step = await source.next();
          } catch (err) {
            throw subscriptionError(err);
          }
          if (step.done) return { done: true, value: undefined };
          return { done: false, value: unwrap<R>(step.value as GraphQLResponseBody) };
        },
        async return() {
          await source.return?.();
          return { done: true, value: undefined };
        },
        unsubscribe() {
          void source.return?.();
        },
        [Symbol.asyncIterator]() {
          return iterator;
        },
      };
      return iterator;
    },
    async dispose() {
      await ws?.dispose();
      ws = undefined;
    },
  };
}

function unwrap<R>(body: GraphQLResponseBody | undefined, status?: number): R {
  if (!body || (body.data == null && !body.errors?.length)) {
    throw new SlotkitError(
      status === 429 ? 'RATE_LIMITED' : 'INTERNAL',
      `Unexpected response from the Slotkit API${status ? ` (HTTP ${status})` : ''}`,
      [],
      { status },
    );
  }
  if (body.errors?.length) {
    const first = body.errors[0]!;
    throw new SlotkitError(String(first.extensions?.code ?? 'INTERNAL'), first.message, body.errors, {
      status,
      data: body.data,
    });
  }
  return body.data as R;
}

/** graphql-ws rejects with the server's error list, or with a CloseEvent when the socket ends. */
function subscriptionError(err: unknown): SlotkitError {
  if (Array.isArray(err) && err.length > 0) {
    const errors = err as SlotkitGraphQLError[];
    return new SlotkitError(String(errors[0]!.extensions?.code ?? 'INTERNAL'), errors[0]!.message, errors);
  }
  if (err instanceof SlotkitError) return err;
  const close = err as { code?: number; reason?: string; message?: string };
  const reason = close?.reason || close?.message || String(err);
  // graphql-ws's Unauthorized/Forbidden close codes: the Slotkit server closes with 4403 when the API key is refused.
  const code = close?.code === 4401 || close?.code === 4403 ? 'UNAUTHENTICATED' : 'NETWORK_ERROR';
  return new SlotkitError(code, `Subscription ended: ${reason}`, [], { cause: err });
}
