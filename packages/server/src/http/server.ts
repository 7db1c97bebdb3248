import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { buildSchema } from '../graphql/schema.ts';
import type { AppServices } from '../services.ts';
import { strongEtag } from './etag.ts';
import { createGracefulClose } from './graceful-close.ts';
import { mountGraphQL } from './graphql.ts';
import { graphqlFastPath } from './graphql-fast-path.ts';
import { handedOnBodyParser } from './request-body.ts';
import { createHardening } from './hardening.ts';
import { originCheck } from './origin-check.ts';
import { registerRoutes } from './routes.ts';
import { requestContext } from './observability.ts';
import { ResponseCache } from '../cache/response-cache.ts';
import { responseCacheMiddleware } from './response-cache-middleware.ts';

const BODY_LIMIT_BYTES = 100 * 1024;
/** In-flight requests get 7 s; main.ts exits by 9 s whatever happens (SIGTERM must end < 10 s). */
const DRAIN_GRACE_MS = 7_000;
/** An idle keep-alive connection gets this long to send one more request (answered 503 + close) or go. */
const IDLE_LINGER_MS = 1_000;

export interface RunningServer {
  readonly httpServer: Server;
  /** http://host:port of the listening socket */
  readonly url: string;
  /**
   * The HTTP side of a shutdown: stops listening at once (synchronously, before
   * the first await), closes WebSockets with 1001, answers the requests in flight
   * and then stops Apollo.
   */
  stop(): Promise<void>;
  /** Requests the GraphQL fast path answered without Express, and how many of them also without Apollo's pipeline. */
  graphqlFastPathStats(): { readonly served: number; readonly direct: number };
}

export interface StartServerOptions {
  services: AppServices;
  /** @default services.config.PORT */
  port?: number;
  /** @default services.config.HOST */
  host?: string;
}

/** One http.Server: /graphql (HTTP + WebSocket) and the routes of routes.ts. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { services } = options;
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every response body for a weak ETag, mutations included; the routes that
  // benefit (widget.js, console, cached GraphQL answers) compute theirs once, up front.
  app.set('etag', false);
  // One hop, like request-meta.ts: req.ip is the address our proxy saw, never a client-supplied entry.
  app.set('trust proxy', services.config.TRUST_PROXY ? 1 : false);
  const httpServer = createServer();
  // Requests go to `dispatch`: Express until /graphql is mounted, then the GraphQL fast path in front of it.
  let dispatch: RequestListener = app;
  const graceful = createGracefulClose(httpServer, (req, res) => dispatch(req, res));
  httpServer.on('request', graceful.listener);
  const schema = buildSchema();
  // CORS, headers, limits, rate limits, input caps: http/hardening.ts (route handlers may override headers).
  const hardening = createHardening(services, schema);
  await hardening.start();
  app.use(requestContext(services)); // request id (X-Request-Id, logs) + HTTP latency metric
  app.use(hardening.securityHeaders);
  const graphql = await mountGraphQL(app, httpServer, schema, services, hardening);
  const responseCache = services.readCache
    ? [
        responseCacheMiddleware({
          cache: new ResponseCache({ readCache: services.readCache, etagOf: strongEtag }),
          guard: hardening.guard,
          config: services.config,
          bodyLimitBytes: BODY_LIMIT_BYTES,
          onLookup: (result) => services.metrics.readCache.inc({ cache: 'response', result }),
        }),
      ]
    : [];
  // /graphql first: it takes nearly all the traffic, so it should not be matched against every other route.
  app.use(
    '/graphql',
    hardening.cors,
    ...responseCache,
    handedOnBodyParser, // a body the fast path read, then left to this chain
    express.json({ limit: BODY_LIMIT_BYTES }),
    graphql.middleware,
    hardening.bodyErrors,
  );
  // Holds and other mutations skip Express (graphql-fast-path.ts); everything else is Express's.
  let served = 0;
  dispatch = graphqlFastPath(
    {
      services,
      origins: hardening.origins,
      endpoint: graphql,
      bodyLimitBytes: BODY_LIMIT_BYTES,
      onServed: () => void (served += 1),
    },
    app,
  );
  app.get('/origin-check', originCheck(services.config, hardening.origins));
  registerRoutes(app, services);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? services.config.PORT, options.host ?? services.config.HOST, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    httpServer,
    url: `http://127.0.0.1:${port}`,
    graphqlFastPathStats: () => ({ served, direct: graphql.directAnswers() }),
    stop: async () => {
      // Synchronous first step: new connections refused, new requests 503 + Connection: close.
      graceful.close();
      await graphql.closeSockets(); // graphql-ws clients get 1001 and reconnect elsewhere
      const destroyed = await graceful.drain({ graceMs: DRAIN_GRACE_MS, lingerMs: IDLE_LINGER_MS });
      if (destroyed > 0) services.logger.warn({ destroyed }, 'connections still open after the grace period were cut');
      await graphql.stop();
      await hardening.stop();
    },
  };
}
