import type { IncomingMessage, Server } from 'node:http';
import { ApolloServer, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Express, RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { AppError } from '../errors.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { toGraphQLError } from '../graphql/guard.ts';
import { createAuthenticate, type Authenticate } from './authenticate.ts';
import { wsConnectionLimit } from './ws-connection-limit.ts';
import { createFormatError } from '../graphql/format-error.ts';
import { createSharedSubscribe } from '../graphql/shared-subscribe.ts';
import type { AppServices } from '../services.ts';
import { graphqlWsHooks, WS_KEEP_ALIVE_MS } from './graphql-ws.ts';
import type { Hardening } from './hardening.ts';
import { quietClientProtocolErrors } from './ws-client-errors.ts';
import { requestMeta } from './request-meta.ts';
import { operationRecorder, opsApolloPlugin } from './observability.ts';
import { isOwnOrigin } from './own-origin.ts';
import { DirectExecutor, directRequestOf } from '../graphql/direct-execution.ts';
import { wsInRequestScope } from '../observability/ws-scope.ts';

export interface GraphQLEndpoint {
  readonly middleware: RequestHandler;
  /**
   * One HTTP request through Apollo with an already parsed body, without Express (the fast path of
   * graphql-fast-path.ts): the same context, plugins, guard and error formatting as `middleware`.
   */
  executeHttp(req: IncomingMessage, body: unknown): Promise<HTTPGraphQLResponse>;
  /** How many `executeHttp` answers skipped Apollo's pipeline (graphql/direct-execution.ts). */
  directAnswers(): number;
  /** Closes every graphql-ws socket with 1001 (going away) and refuses new ones. */
  closeSockets(): Promise<void>;
  /** Stops Apollo: after the last HTTP request was answered (server.ts drains first). */
  stop(): Promise<void>;
}

async function callerOrThrow(authenticate: Authenticate, authorization: string | undefined, ip: string) {
  try {
    return await authenticate(authorization, ip);
  } catch (err) {
    // 401 for a bad key, 429 + Retry-After once an IP has sent too many.
    if (err instanceof AppError) throw toGraphQLError(err, true);
    throw err;
  }
}

/** Apollo over HTTP and graphql-ws on the same path of the same http.Server. */
export async function mountGraphQL(
  app: Express,
  httpServer: Server,
  schema: GraphQLSchema,
  services: AppServices,
  hardening: Hardening,
): Promise<GraphQLEndpoint> {
  const { config, logger } = services;
  const authenticate = createAuthenticate(services.db, config, hardening.limiter);
  const perIp = wsConnectionLimit(config.WS_CONNECTIONS_PER_IP, config.TRUST_PROXY);
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: 64 * 1024,
    verifyClient: perIp.verifyClient,
  });
  perIp.track(wsServer);
  quietClientProtocolErrors(wsServer, logger);
  // Auth at connection_init, per-socket cap, error codes, keep-alive pings: http/graphql-ws.ts.
  const wsCleanup = useServer<Record<string, unknown>>(
    // One execution per pushed state for all subscribers of the same document (graphql/shared-subscribe.ts).
    {
      schema,
      ...hardening.ws(graphqlWsHooks(services, authenticate)),
      ...wsInRequestScope(createSharedSubscribe()),
    },
    wsServer,
    WS_KEEP_ALIVE_MS,
  );

  const { plugins: hardeningPlugins, ...limits } = hardening.apollo;
  const formatError = createFormatError(logger, config.NODE_ENV !== 'production');
  const recordOperation = operationRecorder(services);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: true,
    // main.ts owns SIGTERM/SIGINT: Apollo's own handler (on outside NODE_ENV=test) re-raised the signal after
    // its stop(), so the process died with 143 before app.stop() finished the jobs and the database.
    stopOnTerminationSignals: false,
    ...limits,
    formatError,
    // No drain plugin: http/graceful-close.ts drains the HTTP server (without resets) before Apollo stops.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...hardeningPlugins,
      opsApolloPlugin(recordOperation), // operation latency metric, requestId in error extensions
    ],
  });
  await apollo.start();

  const contextOf = async (req: IncomingMessage): Promise<GraphQLContext> => {
    const request = requestMeta(req, config.TRUST_PROXY, 'http');
    return { services, caller: await callerOrThrow(authenticate, req.headers.authorization, request.ip), request };
  };
  const middleware = expressMiddleware(apollo, { context: ({ req }) => contextOf(req) });
  // A public mutation skips Apollo's pipeline (graphql/direct-execution.ts) unless it needs Apollo's wording.
  const direct = new DirectExecutor({ schema, guard: hardening.guard, formatError, onOperation: recordOperation });
  let directAnswers = 0;
  const executeHttp = async (req: IncomingMessage, body: unknown): Promise<HTTPGraphQLResponse> => {
    const request = req.headers.authorization ? undefined : directRequestOf(body);
    // Apollo creates the context itself (after its CSRF check) unless the direct path made it already.
    const context = request && contextOf(req);
    const contextValue = context && (await context.catch(() => undefined));
    if (request && contextValue) {
      const origin = req.headers.origin;
      const sameOrigin = !origin || isOwnOrigin(config, origin, req.headers.host);
      const answer = await direct.run(request, contextValue, { accept: req.headers.accept, sameOrigin });
      if (answer) {
        directAnswers += 1;
        return {
          status: answer.status,
          headers: new HeaderMap(answer.headers.map(([k, v]) => [k, v] as [string, string])),
          body: { kind: 'complete', string: answer.body },
        };
      }
    }
    // What @as-integrations/express5 hands Apollo, built from the plain request.
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const search = req.url!.includes('?') ? req.url!.slice(req.url!.indexOf('?')) : '';
    return apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method!.toUpperCase(), headers, search, body },
      context: () => context ?? contextOf(req),
    });
  };
  return {
    middleware,
    executeHttp,
    directAnswers: () => directAnswers,
    closeSockets: async () => void (await wsCleanup.dispose()),
    stop: () => apollo.stop(),
  };
}
