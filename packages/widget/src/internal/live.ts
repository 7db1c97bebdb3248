import type { Client, ClientOptions } from 'graphql-ws/client';
import type * as WsClient from './ws-client.ts';
import type { CalendarDay, Session, WidgetConfig } from './types.ts';

/** What the widget keeps live while open (DESIGN §9.2). */
export type LiveQuery =
  | { readonly kind: 'availability'; readonly activityId: string; readonly date: string }
  | { readonly kind: 'calendar'; readonly activityId: string; readonly from: string; readonly to: string }
  | { readonly kind: 'config'; readonly activityId: string | null; readonly embedKey: string | null };

export type LiveData<Q extends LiveQuery> = Q extends { kind: 'availability' }
  ? readonly Session[]
  : Q extends { kind: 'calendar' }
    ? readonly CalendarDay[]
    : WidgetConfig;

/** A push channel; the widget polls instead once `onFail` is called. Tests inject a fake. */
export interface LiveSource {
  /** Starts watching; returns a function that stops. */
  watch<Q extends LiveQuery>(
    query: Q,
    onData: (data: LiveData<Q>) => void,
    onFail: (error: unknown) => void,
  ): () => void;
  /** Closes the connection (the element left the page). */
  close(): void;
}

/**
 * graphql-ws over the API's /graphql path. The client itself (≈3.5 KB gzip)
 * is a separate chunk loaded with the first watch, so pages that never open a
 * date pay nothing for it; the socket closes when nothing is watched. The
 * client retries with its randomised backoff (3 times) before `onFail`.
 */
export function wsLiveSource(apiUrl: string, options: Partial<ClientOptions> = {}): LiveSource {
  let client: Promise<{ c: Client; docs: typeof WsClient.DOCS }> | undefined;
  const connect = () =>
    (client ??= import('./ws-client.ts').then((ws) => ({ c: ws.connect(apiUrl, options), docs: ws.DOCS })));
  return {
    watch(query, onData, onFail) {
      let stop: (() => void) | undefined;
      let stopped = false;
      const { kind, ...variables } = query;
      connect().then(
        ({ c, docs }) => {
          if (stopped) return;
          stop = c.subscribe<Record<string, unknown>>(
            { query: docs[kind].toString(), variables },
            {
              next: (r) => {
                const d = r.data && Object.values(r.data)[0];
                if (!d) return;
                onData((kind === 'availability' ? (d as { sessions: unknown }).sessions : d) as never);
              },
              error: onFail,
              complete() {},
            },
          );
        },
        (e: unknown) => !stopped && onFail(e),
      );
      return () => {
        stopped = true;
        stop?.();
      };
    },
    close() {
      void client?.then(({ c }) => c.dispose());
      client = undefined;
    },
  };
}
