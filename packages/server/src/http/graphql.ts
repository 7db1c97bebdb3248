import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Express, RequestHandler } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { AppError } from '../errors.ts';
import { resolveCaller, type Caller } from '../graphql/auth.ts';
import type { GraphQLContext } from '../graphql/context.ts';
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
  /** Closes every graphql-ws socket with 1001 (going away) and refuses new ones. */
  closeSockets(): Promise<void>;
  /** Stops Apollo: after the last HTTP request was answered (server.ts drains first). */
  stop(): Promise<void>;
}

async function callerOrThrow(services: AppServices, authorization: string | undefined): Promise<Caller> {
  try {
    return await resolveCaller(services.db, authorization);
  } catch (err) {
    if (err instanceof AppError) {
      throw new GraphQLError(err.message, { extensions: { code: err.code, http: { status: 401 } } });
    }
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
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 64 * 1024 });
  quietClientProtocolErrors(wsServer, logger);
  // Auth at connection_init, per-socket cap, error codes, keep-alive pings: http/graphql-ws.ts.
  const wsCleanup = useServer<Record<string, unknown>>(
    { schema, ...hardening.ws(graphqlWsHooks(services)), ...wsInRequestScope },
    wsServer,
    WS_KEEP_ALIVE_MS,
  );

  const { plugins: hardeningPlugins, ...limits } = hardening.apollo;
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: true,
    // main.ts owns SIGTERM/SIGINT: Apollo's own handler (on outside NODE_ENV=test) re-raised the signal after
    // its stop(), so the process died with 143 before app.stop() finished the jobs and the database.
    stopOnTerminationSignals: false,
    ...limits,
    formatError: createFormatError(logger, config.NODE_ENV !== 'production'),
    // No drain plugin: http/graceful-close.ts drains the HTTP server (without resets) before Apollo stops.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...hardeningPlugins,
      opsApolloPlugin(services), // operation latency metric, requestId in error extensions
    ],
  });
  await apollo.start();

  const middleware = expressMiddleware(apollo, {
    context: async ({ req }) => ({
      services,
      caller: await callerOrThrow(services, req.headers.authorization),
      request: requestMeta(req, config.TRUST_PROXY, 'http'),
    }),
  });
  return { middleware, closeSockets: async () => void (await wsCleanup.dispose()), stop: () => apollo.stop() };
}
