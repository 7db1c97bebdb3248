import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
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
import type { AppServices } from '../services.ts';
import { graphqlWsHooks, WS_KEEP_ALIVE_MS } from './graphql-ws.ts';
import type { Hardening } from './hardening.ts';
import { quietClientProtocolErrors } from './ws-client-errors.ts';
import { requestMeta } from './request-meta.ts';
import { opsApolloPlugin } from './observability.ts';
import { wsInRequestScope } from '../observability/ws-scope.ts';

export interface GraphQLEndpoint {
  readonly middleware: RequestHandler;
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
    { schema, ...hardening.ws(graphqlWsHooks(services, authenticate)), ...wsInRequestScope },
    wsServer,
    WS_KEEP_ALIVE_MS,
  );

  const { plugins: hardeningPlugins, ...limits } = hardening.apollo;
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: true,
    ...limits,
    formatError: createFormatError(logger, config.NODE_ENV !== 'production'),
    plugins: [
      // In-flight requests get 7 s; main.ts exits by 9 s whatever happens (SIGTERM must end < 10 s).
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 7_000 }),
      ApolloServerPluginLandingPageDisabled(),
      ...hardeningPlugins,
      opsApolloPlugin(services), // operation latency metric, requestId in error extensions
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const middleware = expressMiddleware(apollo, {
    context: async ({ req }) => {
      const request = requestMeta(req, config.TRUST_PROXY, 'http');
      return { services, caller: await callerOrThrow(authenticate, req.headers.authorization, request.ip), request };
    },
  });
  return { middleware, stop: () => apollo.stop() };
}
