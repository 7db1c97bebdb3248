import type { AppServices } from '../services.ts';
import type { Caller } from './auth.ts';

export interface RequestMeta {
  readonly requestId: string;
  readonly ip: string;
  readonly origin: string | undefined;
  readonly userAgent: string | undefined;
  readonly transport: 'http' | 'ws';
}

/** What every resolver receives: the services, who is calling, and from where. */
export interface GraphQLContext {
  readonly services: AppServices;
  readonly caller: Caller;
  readonly request: RequestMeta;
}
