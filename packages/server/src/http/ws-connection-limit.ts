import type { IncomingMessage } from 'node:http';
import type { WebSocketServer } from 'ws';
import { requestMeta } from './request-meta.ts';

type VerifyClient = (info: { req: IncomingMessage }, callback: (ok: boolean, code?: number) => void) => void;

/**
 * At most `perIp` open WebSockets per client IP on this instance (issue 16 item 14): the handshake of
 * one more is answered 429, before graphql-ws or any memory for it exists. 0 turns it off.
 */
export function wsConnectionLimit(perIp: number, trustProxy: boolean) {
  const open = new Map<string, number>();
  const ipOf = (req: IncomingMessage) => requestMeta(req, trustProxy, 'ws').ip;
  const verifyClient: VerifyClient = ({ req }, callback) => {
    if (perIp > 0 && (open.get(ipOf(req)) ?? 0) >= perIp) return callback(false, 429);
    callback(true);
  };
  /** Counts each accepted socket until it closes. */
  const track = (server: WebSocketServer) =>
    server.on('connection', (socket, req) => {
      const ip = ipOf(req);
      open.set(ip, (open.get(ip) ?? 0) + 1);
      socket.once('close', () => {
        const left = (open.get(ip) ?? 1) - 1;
        if (left > 0) open.set(ip, left);
        else open.delete(ip);
      });
    });
  return { verifyClient, track };
}
