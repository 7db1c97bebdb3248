import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { HTTPGraphQLResponse } from '@apollo/server';
import type { Config } from '../config.ts';
import type { Logger } from '../observability/logger.ts';
import { requestScope } from '../observability/request-scope.ts';
import type { AppServices } from '../services.ts';
import { INTERNAL_BEFORE_GRAPHQL } from './body-errors.ts';
import { allowOrigin } from './cors.ts';
import type { GraphQLEndpoint } from './graphql.ts';
import { beginRequest } from './observability.ts';
import type { OriginPolicy } from './origin-policy.ts';
import { isOwnOrigin } from './own-origin.ts';
import { isMutationBody } from './response-cache-middleware.ts';
import { handOnBody, parseJsonBody, plainJsonLength, readBody } from './request-body.ts';
import { setSecurityHeaders } from './security-headers.ts';

export interface GraphQLFastPathOptions {
  readonly services: Pick<AppServices, 'metrics'> & {
    readonly config: Pick<Config, 'PUBLIC_URL'>;
    readonly logger: Logger;
  };
  readonly origins: Pick<OriginPolicy, 'allowedByAnyVenue'>;
  readonly endpoint: Pick<GraphQLEndpoint, 'executeHttp'>;
  /** The limit express.json applies on the full path. */
  readonly bodyLimitBytes: number;
  /** Called for each request answered here (not handed to `app`). */
  readonly onServed?: () => void;
}

/**
 * The hold path without Express (issue 17): a POST /graphql mutation with a
 * plain JSON body goes from the http.Server straight to Apollo
 * (`executeHttp`), with what the Express chain in front of Apollo does for
 * such a request done here the same way: request id and HTTP metric
 * (observability.ts `beginRequest`), security headers, CORS for an admitted
 * origin, the request scope for logs. Apollo still runs every plugin: the
 * operation guard (input caps, venue origins, rate limits), error formatting,
 * operation metrics. Everything else — reads (the response cache), other
 * paths, bodies that are not plain JSON or not a mutation, unreadable or
 * unparsable bodies, an origin no venue lists — goes to `app` unchanged,
 * with the body already read handed on (request-body.ts), so its answer and
 * its refusals are exactly the full path's.
 */
export function graphqlFastPath(options: GraphQLFastPathOptions, app: RequestListener): RequestListener {
  const { services, origins, endpoint, bodyLimitBytes } = options;

  /** True when the request was answered here; false when it should go to `app` (nothing was written). */
  async function serve(req: IncomingMessage, res: ServerResponse, read: Promise<Buffer>, startedAt: bigint) {
    let body: unknown;
    try {
      const buffer = await read;
      if (!isMutationBody(buffer)) return false;
      body = parseJsonBody(buffer);
    } catch {
      return false; // the full path words the body error (http/body-errors.ts)
    }
    // graphqlCors: an absent or own origin passes untouched; another one only when a venue lists it.
    const origin = req.headers.origin;
    const crossOrigin = Boolean(origin) && !isOwnOrigin(services.config, origin!, req.headers.host);
    if (crossOrigin) {
      if (req.headers.authorization) return false;
      const allowed = await origins.allowedByAnyVenue(origin!).catch(() => false);
      if (!allowed) return false;
    }
    options.onServed?.();
    const requestId = beginRequest(services, req, res, '/graphql', startedAt);
    setSecurityHeaders(res);
    res.setHeader('Vary', 'Origin');
    if (crossOrigin) allowOrigin(res, origin!);
    await requestScope.run({ requestId }, async () => {
      try {
        await send(res, await endpoint.executeHttp(req, body));
      } catch (err) {
        // What Express's error chain (http/body-errors.ts) answers when the Apollo middleware throws.
        services.logger.error({ err }, 'unexpected error before GraphQL');
        if (res.headersSent) return void res.destroy();
        res.statusCode = 500;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        const json = JSON.stringify(INTERNAL_BEFORE_GRAPHQL);
        res.setHeader('Content-Length', Buffer.byteLength(json));
        res.end(json);
      }
    });
    return true;
  }

  return (req, res) => {
    const length = req.url === '/graphql' ? plainJsonLength(req, bodyLimitBytes) : undefined;
    if (length === undefined) return app(req, res);
    const startedAt = process.hrtime.bigint();
    const read = readBody(req, length);
    read.catch(() => {}); // whoever takes the body handles its failure
    serve(req, res, read, startedAt).then(
      (served) => {
        if (served) return;
        handOnBody(req, read);
        app(req, res);
      },
      (err: unknown) => {
        services.logger.error({ err }, 'GraphQL fast path failed');
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      },
    );
  };
}

/** Apollo's answer written as @as-integrations/express5 writes it with Express's `res.send`. */
async function send(res: ServerResponse, answer: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of answer.headers) res.setHeader(key, value);
  res.statusCode = answer.status || 200;
  if (answer.body.kind === 'complete') {
    const text = answer.body.string;
    // res.send(string): text/html when no type was set; Apollo's JSON types already name utf-8.
    if (!res.hasHeader('Content-Type')) res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(text));
    return void res.end(text);
  }
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}
