import { createClient, type Client, type ClientOptions } from 'graphql-ws/client';
import { AvailabilityChangedDocument, type AvailabilityChangedSubscription } from '@slotkit/sdk/generated';
import type { Session } from './types.ts';

/**
 * A push channel for one activity's sessions on one date. The widget falls
 * back to polling when `onFail` is called; tests inject a fake.
 */
export interface LiveSource {
  /** Starts watching; returns a function that stops. */
  watch(
    activityId: string,
    date: string,
    onSessions: (sessions: Session[]) => void,
    onFail: (error: unknown) => void,
  ): () => void;
  /** Closes the connection (the element left the page). */
  close(): void;
}

/**
 * graphql-ws over the API's /graphql path. Lazy: the socket opens on the
 * first watch and closes when nothing is watched; the client retries with its
 * randomised exponential backoff (3 retries) before reporting failure.
 */
export function wsLiveSource(apiUrl: string, options: Partial<ClientOptions> = {}): LiveSource {
  let client: Client | undefined;
  return {
    watch(activityId, date, onSessions, onFail) {
      // shouldRetry: a refused socket reports an `error` event before its close,
      // which graphql-ws would otherwise treat as fatal and never retry.
      client ??= createClient({
        url: apiUrl.replace(/^http/, 'ws'),
        lazy: true,
        retryAttempts: 3,
        shouldRetry: () => true,
        ...options,
      });
      return client.subscribe<AvailabilityChangedSubscription>(
        { query: AvailabilityChangedDocument.toString(), variables: { activityId, date } },
        {
          next: (r) => r.data && onSessions(r.data.availabilityChanged.sessions),
          error: onFail,
          complete() {},
        },
      );
    },
    close() {
      void client?.dispose();
      client = undefined;
    },
  };
}
