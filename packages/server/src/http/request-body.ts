import type { IncomingMessage } from 'node:http';
import type { Request, RequestHandler } from 'express';

const JSON_TYPE = /^application\/json\s*(;\s*charset=utf-8\s*)?$/i;

/**
 * A POST body small and plain enough to read ourselves (declared length within
 * the limit, JSON, not compressed); anything else is left to express.json,
 * which answers its own errors (413, 415, 400).
 */
export function plainJsonLength(req: IncomingMessage, limit: number): number | undefined {
  if (req.method !== 'POST' || req.headers['content-encoding'] || !JSON_TYPE.test(req.headers['content-type'] ?? ''))
    return undefined;
  const length = Number(req.headers['content-length']);
  return Number.isInteger(length) && length > 0 && length <= limit ? length : undefined;
}

export function readBody(req: IncomingMessage, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
    });
    req.once('end', () =>
      size === length ? resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)) : reject(badBody(400)),
    );
    req.once('error', reject);
    // A client that hangs up mid-body: 'end' never comes.
    req.once('close', () => req.complete || reject(badBody(400)));
  });
}

/** Shaped like body-parser's errors, so http/body-errors.ts words them the same way. */
export const badBody = (status: number) =>
  Object.assign(new Error('Request body is not valid JSON'), { status, type: 'entity.parse.failed' });

/** What express.json (strict) would make of the body; throws like body-parser. */
export function parseJsonBody(body: Buffer): unknown {
  const text = body.toString('utf8');
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') throw badBody(400);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badBody(400);
  }
}

// A body the GraphQL fast path (graphql-fast-path.ts) read and then handed to the Express route.
const preread = new WeakMap<IncomingMessage, Promise<Buffer>>();

/** Hands a body read before Express on to the /graphql route (the stream is consumed: it cannot be read again). */
export function handOnBody(req: IncomingMessage, body: Promise<Buffer>): void {
  preread.set(req, body);
}

/** The body read before Express, once; undefined when nobody read it. */
export function takeHandedOnBody(req: IncomingMessage): Promise<Buffer> | undefined {
  const body = preread.get(req);
  preread.delete(req);
  return body;
}

/**
 * In the /graphql chain before express.json: a body read before Express becomes `req.body` exactly as
 * express.json would have made it (express.json skips a request whose stream was read already).
 */
export const handedOnBodyParser: RequestHandler = (req: Request, _res, next) => {
  const body = takeHandedOnBody(req);
  if (!body) return next();
  body.then(
    (buffer) => {
      try {
        req.body = parseJsonBody(buffer);
      } catch (err) {
        return next(err);
      }
      next();
    },
    (err: unknown) => next(err),
  );
};
