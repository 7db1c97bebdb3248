import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import { AppError, ErrorCode } from '../errors.ts';
import type { Authenticate } from './authenticate.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { createFormatError } from '../graphql/format-error.ts';
import type { AppServices } from '../services.ts';
import { requestMeta } from './request-meta.ts';

/** Server-side WebSocket ping interval; a socket that misses one pong is terminated. */
export const WS_KEEP_ALIVE_MS = 15_000;
/** A socket must send connection_init this soon or it is closed (4408). */
export const WS_CONNECTION_INIT_TIMEOUT_MS = 3_000;
/** Operations one socket may run at once; more get RATE_LIMITED (reason TOO_MANY_SUBSCRIPTIONS). */
export const WS_MAX_SUBSCRIPTIONS = 20;

type WsContext = Context<Record<string, unknown>, Extra>;
type WsHooks = Pick<
  ServerOptions<Record<string, unknown>, Extra>,
  'connectionInitWaitTimeout' | 'onConnect' | 'onSubscribe' | 'context' | 'onNext' | 'onError'
>;

const authorizationOf = (ctx: WsContext): string | undefined => {
  const auth = ctx.connectionParams?.authorization ?? ctx.extra.request.headers.authorization;
  return typeof auth === 'string' ? auth : undefined;
};

/**
 * The graphql-ws hooks: authenticate at connection_init (a bad key closes the
 * socket with 4403 before any operation runs) AND again for every operation,
 * as HTTP does per request: a key revoked while the socket is open is
 * UNAUTHENTICATED from its next operation on (issue 16 item 1). Caps the
 * operations per socket and gives errors the same `extensions.code` as over HTTP.
 */
export function graphqlWsHooks(services: AppServices, authenticate: Authenticate): WsHooks {
  const { config, logger } = services;
  const formatError = createFormatError(logger, config.NODE_ENV !== 'production');

  const format = (error: GraphQLError): GraphQLFormattedError => {
    // An iterator that ends with an AppError (a feed's activity was deleted) arrives wrapped without a
    // path, which Apollo's unwrapping (used by formatError) does not look through.
    const original = error.originalError;
    if (original instanceof AppError)
      return { ...error.toJSON(), message: original.message, extensions: { ...original.details, code: original.code } };
    if (original) return formatError(error.toJSON(), error);
    if (error.extensions?.code) return error.toJSON();
    // Parse and validation errors carry no code over graphql-ws (Apollo adds one over HTTP).
    return { ...error.toJSON(), extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'GRAPHQL_VALIDATION_FAILED' } };
  };

  return {
    connectionInitWaitTimeout: WS_CONNECTION_INIT_TIMEOUT_MS,
    async onConnect(ctx) {
      try {
        await authenticate(authorizationOf(ctx), requestMeta(ctx.extra.request, config.TRUST_PROXY, 'ws').ip);
        return true;
      } catch (err) {
        if (err instanceof AppError) return false;
        throw err;
      }
    },
    onSubscribe(ctx) {
      // graphql-ws has already registered this operation, so the count includes it.
      if (Object.keys(ctx.subscriptions).length <= WS_MAX_SUBSCRIPTIONS) return undefined;
      return [
        new GraphQLError(`At most ${WS_MAX_SUBSCRIPTIONS} operations may run on one connection`, {
          extensions: { code: ErrorCode.RATE_LIMITED, reason: 'TOO_MANY_SUBSCRIPTIONS', limit: WS_MAX_SUBSCRIPTIONS },
        }),
      ];
    },
    // One indexed digest lookup per operation of a socket that named a key; keyless sockets skip it.
    context: async (ctx): Promise<GraphQLContext> => {
      const request = requestMeta(ctx.extra.request, config.TRUST_PROXY, 'ws');
      return { services, caller: await authenticate(authorizationOf(ctx), request.ip), request };
    },
    onNext: (_ctx, _id, _payload, args, result) => {
      if (!result.errors) return undefined;
      // The operation's request id, as over HTTP (ops/http-ops.ts), so a client report can be found in the logs.
      const requestId = (args.contextValue as GraphQLContext | undefined)?.request?.requestId;
      const errors = result.errors
        .map(format)
        .map((e) => (requestId ? { ...e, extensions: { ...e.extensions, requestId } } : e));
      return { ...result, errors };
    },
    onError: (_ctx, _id, _payload, errors) => errors.map(format),
  };
}
