import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../observability/logger.ts';

/**
 * A client that breaks the WebSocket protocol (frame over maxPayload, invalid
 * UTF-8, bad opcode) makes `ws` emit 'error' on the socket and close it with
 * the right code (1009, 1007, 1002). graphql-ws answers that 'error' with a
 * console.error stack trace, so any visitor could flood stderr. Must be
 * registered BEFORE useServer: it sees each socket first and turns those
 * client faults into one debug log line; every other error passes through.
 */
export function quietClientProtocolErrors(wsServer: WebSocketServer, logger: Logger): void {
  wsServer.on('connection', (socket: WebSocket) => {
    const emit = socket.emit.bind(socket);
    socket.emit = ((event: string | symbol, ...args: unknown[]) => {
      const err = args[0] as { code?: unknown } | undefined;
      if (event === 'error' && typeof err?.code === 'string' && err.code.startsWith('WS_ERR_')) {
        logger.debug({ code: err.code }, 'websocket client broke the protocol; closed by ws');
        return true;
      }
      return emit(event, ...args);
    }) as typeof socket.emit;
  });
}
