import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Express, RequestHandler } from 'express';
import type { GraphQLContext } from '../graphql/context.ts';
import type { AppServices } from '../services.ts';
import { operationLabel } from '../observability/metrics.ts';
import { requestIdOf, requestScope } from '../observability/request-scope.ts';

// Route label: the first path segment of known routes only (an unknown path must not become a label value).
const KNOWN = new Set([
  'graphql',
  'widget.js',
  'embed',
  'embed.js',
  'embed-frame.js',
  'demo',
  'console',
  'webhooks',
  'checkout',
  'healthz',
  'metrics',
]);
function routeLabel(path: string): string {
  const first = path.split('/')[1] ?? '';
  if (KNOWN.has(first)) return `/${first}`;
  if (/^widget\.[\w-]+\.js$/.test(first)) return '/widget.<hash>.js';
  return first === '' ? '/' : 'other';
}

/**
 * First middleware of every HTTP request: settles its id and times it
 * (`beginRequest`), then runs the rest of the request inside the request
 * scope (so every log line carries the id).
 */
export function requestContext(services: Pick<AppServices, 'metrics'>): RequestHandler {
  return (req, res, next) => {
    const requestId = beginRequest(services, req, res, routeLabel(req.path));
    requestScope.run({ requestId }, next);
  };
}

/**
 * The request id (the caller's X-Request-Id or a new one; request-meta.ts reads the same header later),
 * answered in X-Request-Id, and the HTTP latency metric from `startedAt` to the response's end. Shared by
 * `requestContext` and the GraphQL fast path (graphql-fast-path.ts), which runs before Express.
 */
export function beginRequest(
  services: Pick<AppServices, 'metrics'>,
  req: IncomingMessage,
  res: ServerResponse,
  route: string,
  startedAt: bigint = process.hrtime.bigint(),
): string {
  const requestId = requestIdOf(req);
  req.headers['x-request-id'] = requestId;
  res.setHeader('X-Request-Id', requestId);
  const method = req.method ?? 'GET';
  res.once('finish', () =>
    services.metrics.httpDuration.observe(
      { method, route, status: String(res.statusCode) },
      Number(process.hrtime.bigint() - startedAt) / 1e9,
    ),
  );
  return requestId;
}

/** GET /metrics: Prometheus text, only with `Authorization: Bearer $METRICS_TOKEN`; 404 when the token is unset. */
export function registerMetricsRoute(app: Express, services: Pick<AppServices, 'config' | 'metrics' | 'logger'>): void {
  const token = services.config.METRICS_TOKEN;
  app.get('/metrics', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (!token) return void res.status(404).type('text/plain').send('Not found');
    if (!bearerMatches(req.headers.authorization, token)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      return void res.status(401).type('text/plain').send('Unauthorized');
    }
    try {
      const body = await services.metrics.registry.metrics();
      res.type(services.metrics.registry.contentType).send(body);
    } catch (err) {
      services.logger.error({ err }, 'metrics scrape failed');
      res.status(500).type('text/plain').send('scrape failed');
    }
  });
}

/** Constant-time: both sides are hashed first, so neither the content nor the length of a guess leaks. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const given = header?.startsWith('Bearer ') ? header.slice(7) : '';
  const digest = (v: string) => createHash('sha256').update(v).digest();
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
}

/** Records the operation latency metric by name: Apollo's plugin and the direct path (graphql/direct-execution.ts). */
export type OperationRecorder = (
  operationName: string | null | undefined,
  type: string,
  failed: boolean,
  seconds: number,
) => void;

export function operationRecorder(services: Pick<AppServices, 'metrics'>): OperationRecorder {
  const seen = new Set<string>();
  return (operationName, type, failed, seconds) =>
    services.metrics.graphqlDuration.observe(
      { operation: operationLabel(seen, operationName), type, outcome: failed ? 'error' : 'ok' },
      seconds,
    );
}

/**
 * Apollo plugin: operation latency by name, and the request id in every
 * error's extensions (the same id as the X-Request-Id header and the logs).
 */
export function opsApolloPlugin(record: OperationRecorder): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operation, operationName, errors }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          record(operationName, operation?.operation ?? 'unknown', Boolean(errors?.length), seconds);
          const requestId = contextValue.request?.requestId;
          if (requestId && response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
              ...e,
              extensions: { ...e.extensions, requestId },
            }));
          }
        },
      };
    },
  };
}
