import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestMeta } from '../graphql/context.ts';

const REQUEST_ID_RE = /^[\w.:-]{1,64}$/;

/**
 * Who is asking and from where. X-Forwarded-For is believed only with
 * TRUST_PROXY, so a client cannot pick its own IP for the rate limits.
 */
export function requestMeta(
  req: IncomingMessage,
  trustProxy: boolean,
  transport: RequestMeta['transport'],
): RequestMeta {
  const header = (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  // The LAST entry is what our proxy saw; entries before it are whatever the
  // client sent (a load balancer appends), so trusting the first would let a
  // client rotate fake IPs past the rate limits. TRUST_PROXY = one proxy hop.
  const forwarded = trustProxy ? header('x-forwarded-for')?.split(',').pop()?.trim() : undefined;
  const given = header('x-request-id');
  return {
    requestId: given && REQUEST_ID_RE.test(given) ? given : randomUUID(),
    ip: forwarded || normalizeIp(req.socket.remoteAddress ?? 'unknown'),
    origin: header('origin'),
    userAgent: header('user-agent'),
    transport,
  };
}

const normalizeIp = (ip: string) => (ip.startsWith('::ffff:') ? ip.slice(7) : ip);
