import type { Request, RequestHandler, Response } from 'express';
import type { Config } from '../config.ts';
import type { OperationGuard } from '../graphql/guard.ts';
import { recordAnswerReads, type CachedResponse, type ResponseCache } from '../cache/response-cache.ts';
import { requestMeta } from './request-meta.ts';
import { parseJsonBody, plainJsonLength, readBody, takeHandedOnBody } from './request-body.ts';

// Content types a browser may send cross-site without a preflight (Apollo's CSRF rule).
const SIMPLE_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

/** What Apollo's CSRF prevention accepts; anything else goes to Apollo, which refuses it. */
function passesCsrfRule(req: Request): boolean {
  const type = req.headers['content-type']?.split(';')[0]!.trim().toLowerCase();
  if (type && !SIMPLE_TYPES.has(type)) return true;
  return Boolean(req.headers['apollo-require-preflight'] || req.headers['x-apollo-operation-name']);
}

/**
 * The key of a request whose answer may be shared, else undefined. Everything
 * the answer or its admission depends on is in it: method, URL (a GET's
 * query), body bytes, Origin (the venue's allowed origins were checked for
 * it), Host (an Origin equal to the Host counts as same-origin and skips that
 * check, so an answer admitted under a forged Host must never serve a request
 * that did not send it: issue 16 item 11) and Accept (Apollo picks the
 * content type from it). API keys never.
 */
function cacheKeyOf(req: Request, body?: Buffer): string | undefined {
  if (req.headers.authorization || !passesCsrfRule(req)) return undefined;
  const { origin, host, accept } = req.headers;
  const head = `${req.method} ${req.originalUrl}\n${origin ?? ''}\n${host ?? ''}\n${accept ?? ''}`;
  return body ? `${head}\n${body.toString('latin1')}` : head;
}

// `"query": "mutation …"` (whitespace, escaped line breaks or commas may come first).
const MUTATION_QUERY = /"query"\s*:\s*"(?:\s|,|\\[nrt])*mutation\b/;

/**
 * True when the body's document starts with a mutation. Only a shortcut: a
 * document starting otherwise just takes the cacheable path, whose answers
 * are offered to the cache only when Apollo marks them cacheable.
 */
export const isMutationBody = (body: Buffer): boolean =>
  body.includes('mutation') && MUTATION_QUERY.test(body.toString('latin1'));

/** What express.json (strict) would have made of the body: it skips a request whose body was read already. */
function parseLikeExpressJson(req: Request, body: Buffer): void {
  req.body = parseJsonBody(body);
}

export interface ResponseCacheMiddlewareOptions {
  cache: ResponseCache;
  guard: Pick<OperationGuard, 'admitsCachedRead'>;
  config: Pick<Config, 'TRUST_PROXY'>;
  /** The same limit express.json applies after this middleware. */
  bodyLimitBytes: number;
  /** `hit`: answered from the cache; `miss`: no live answer, Apollo runs. */
  onLookup?: (result: 'hit' | 'miss') => void;
}

/**
 * In front of Apollo on /graphql: answers a repeated CDN-cacheable public
 * read (widgetConfig) from ops/response-cache.ts, after the same CORS
 * check (earlier middleware) and rate limits (guard) the full path applies.
 * Anything else, or a hit the rate limits would refuse, goes on to Apollo,
 * which answers (and words any refusal) as usual; its cacheable answers are
 * offered to the cache on the way out. A POST body is read here (a hit never
 * parses it) and handed on parsed.
 */
export function responseCacheMiddleware(options: ResponseCacheMiddlewareOptions): RequestHandler {
  const { cache, guard, config, onLookup } = options;
  return async (req, res, next) => {
    let key: string | undefined;
    let body: Buffer | undefined;
    try {
      if (req.method === 'POST') {
        // The fast path (graphql-fast-path.ts) may have read the body already and left the request to us.
        const handedOn = takeHandedOnBody(req);
        const length = handedOn ? 0 : plainJsonLength(req, options.bodyLimitBytes);
        if (length === undefined) return next();
        body = await (handedOn ?? readBody(req, length));
        // A mutation (a hold) is never cached: no key, lookup or read recording on the busiest write path.
        if (isMutationBody(body)) {
          parseLikeExpressJson(req, body);
          return next();
        }
      } else if (req.method !== 'GET') return next();
      key = cacheKeyOf(req, body);
      const hit = key === undefined ? undefined : cache.lookup(key);
      if (hit && (await guard.admitsCachedRead(requestMeta(req, config.TRUST_PROXY, 'http').ip, hit.venueIds))) {
        onLookup?.('hit');
        return void sendCached(req, res, hit);
      }
      if (body) parseLikeExpressJson(req, body);
    } catch (err) {
      return next(err);
    }
    if (key === undefined) return next();
    onLookup?.('miss');
    offerAnswerOnSend(res, cache, key, next);
  };
}

/**
 * Runs the rest of the request (Apollo) recording the cached reads its answer is built from. Apollo's
 * express integration ends every complete answer with one res.send(string): the answer is offered then.
 */
function offerAnswerOnSend(res: Response, cache: ResponseCache, key: string, rest: () => void): void {
  const recording = recordAnswerReads();
  const send = res.send;
  res.send = function sendAndOffer(this: Response, answer?: unknown) {
    res.send = send;
    recording.stop();
    const contentType = res.getHeader('content-type');
    const cacheControl = res.getHeader('cache-control');
    if (
      res.statusCode === 200 &&
      typeof answer === 'string' &&
      typeof contentType === 'string' &&
      typeof cacheControl === 'string'
    ) {
      cache.offer(key, { body: answer, contentType, cacheControl }, recording.log);
    }
    return send.call(this, answer);
  };
  recording.run(rest);
}

function sendCached(req: Request, res: Response, hit: CachedResponse): void {
  res.setHeader('cache-control', hit.cacheControl);
  res.setHeader('etag', hit.etag);
  if (req.method === 'GET' && req.headers['if-none-match'] === hit.etag) {
    res.statusCode = 304;
    return void res.end();
  }
  res.statusCode = 200;
  res.setHeader('content-type', hit.contentType);
  res.setHeader('content-length', hit.body.length);
  res.end(hit.body);
}
