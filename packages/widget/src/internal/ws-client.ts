// The lazily loaded half of live.ts: the graphql-ws client and the subscription
// documents, one chunk fetched with the first live watch.
import { createClient, type Client, type ClientOptions } from 'graphql-ws/client';
import {
  AvailabilityChangedDocument,
  CalendarChangedDocument,
  WidgetConfigChangedDocument,
} from '@slotkit/sdk/generated';

export const DOCS = {
  availability: AvailabilityChangedDocument,
  calendar: CalendarChangedDocument,
  config: WidgetConfigChangedDocument,
};

export function connect(apiUrl: string, options: Partial<ClientOptions>): Client {
  return createClient({
    url: apiUrl.replace(/^http/, 'ws'),
    lazy: true,
    retryAttempts: 3,
    // A refused socket reports an `error` event before its close, which graphql-ws would otherwise treat as fatal.
    shouldRetry: () => true,
    ...options,
  });
}
