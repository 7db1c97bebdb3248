import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

export interface GracefulClose {
  /** The server's request listener: hands requests to `app`, or answers 503 once closing has begun. */
  readonly listener: RequestListener;
  /**
   * Step 1 of a shutdown, synchronous: stop listening (new connections are
   * refused), answer every request that arrives from now on with 503 +
   * `Connection: close`, and mark each in-flight response `Connection: close`.
   */
  close(): void;
  /**
   * Step 2: resolves once every in-flight request was answered and every
   * connection closed. Idle keep-alive connections get `lingerMs` to send one
   * more request (answered 503 + close) before they are ended; whatever is still
   * open after `graceMs` is destroyed. Returns how many had to be destroyed.
   */
  drain(options: { readonly graceMs: number; readonly lingerMs: number }): Promise<number>;
  /** Requests being answered now. */
  inFlight(): number;
}

const SHUTTING_DOWN = JSON.stringify({ status: 'not-ready', reason: 'shutting-down' });

/**
 * Shutdown without connection resets. Node's own `server.close()` destroys
 * idle keep-alive sockets at once, and Apollo's drain ended each socket right
 * after its last response: a client that had just sent its next request on
 * that socket saw ECONNRESET. Here a socket is only closed by the server after
 * a response that said `Connection: close` (the client will not reuse it), or
 * after it stayed idle for the whole linger.
 */
export function createGracefulClose(server: Server, app: RequestListener): GracefulClose {
  const requestsOn = new Map<Socket, number>();
  const responses = new Set<ServerResponse>();
  let closing = false;

  server.on('connection', (socket: Socket) => {
    requestsOn.set(socket, 0);
    socket.once('close', () => requestsOn.delete(socket));
  });

  const listener: RequestListener = (req: IncomingMessage, res: ServerResponse) => {
    if (closing) {
      res.writeHead(503, {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        'retry-after': '1',
        connection: 'close',
      });
      res.end(SHUTTING_DOWN);
      return;
    }
    const socket = req.socket;
    requestsOn.set(socket, (requestsOn.get(socket) ?? 0) + 1);
    responses.add(res);
    res.once('close', () => {
      responses.delete(res);
      if (requestsOn.has(socket)) requestsOn.set(socket, Math.max(0, (requestsOn.get(socket) ?? 1) - 1));
    });
    app(req, res);
  };

  const inFlight = () => responses.size;
  const idleSockets = () => [...requestsOn].filter(([, n]) => n === 0).map(([s]) => s);

  async function until(done: () => boolean, deadline: number): Promise<void> {
    while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  }

  return {
    listener,
    inFlight,
    close() {
      if (closing) return;
      closing = true;
      // net.Server's close: stop listening only (http.Server's would also destroy idle keep-alive sockets).
      if (server.listening) NetServer.prototype.close.call(server);
      for (const res of responses) if (!res.headersSent) res.setHeader('connection', 'close');
    },
    async drain({ graceMs, lingerMs }) {
      const start = Date.now();
      const deadline = start + graceMs;
      await until(() => inFlight() === 0 && requestsOn.size === 0, Math.min(deadline, start + lingerMs));
      await until(() => inFlight() === 0, deadline);
      for (const socket of idleSockets()) socket.end();
      await until(() => requestsOn.size === 0, deadline);
      const forced = requestsOn.size;
      for (const socket of requestsOn.keys()) socket.destroy();
      // Now http.Server's own close: nothing is left for it to cut, and it clears its connection-checking timer.
      server.close();
      return forced;
    },
  };
}
