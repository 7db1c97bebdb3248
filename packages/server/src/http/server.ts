import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { buildSchema } from '../graphql/schema.ts';
import type { AppServices } from '../services.ts';
import { mountGraphQL } from './graphql.ts';
import { registerRoutes } from './routes.ts';

export interface RunningServer {
  readonly httpServer: Server;
  /** http://host:port of the listening socket */
  readonly url: string;
  stop(): Promise<void>;
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
  app.set('trust proxy', services.config.TRUST_PROXY);
  const httpServer = createServer(app);
  const graphql = await mountGraphQL(app, httpServer, buildSchema(), services);
  registerRoutes(app, services);
  app.use('/graphql', express.json({ limit: '100kb' }), graphql.middleware);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? services.config.PORT, options.host ?? services.config.HOST, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    httpServer,
    url: `http://127.0.0.1:${port}`,
    stop: () => graphql.stop(),
  };
}
