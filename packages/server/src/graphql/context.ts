import type { Logger } from '../logger.ts';
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
  /** services.logger bound to this request's id (ops/request-scope.ts adds it to every other line too). */
  readonly logger?: Logger;
}
