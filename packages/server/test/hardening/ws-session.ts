import WebSocket from 'ws';

export interface WsResult {
  readonly type: 'next' | 'error';
  readonly data?: any;
  readonly code?: string;
  readonly reason?: string;
}

/** One graphql-transport-ws socket, kept open across operations (a console tab, an SDK client). */
export interface WsSession {
  run(query: string, variables?: Record<string, unknown>): Promise<WsResult>;
  close(): void;
  readonly closed: Promise<number>;
}

/** Opens a socket, sends connection_init with these params and resolves once acknowledged. */
export function openWsSession(
  baseUrl: string,
  connectionParams: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<WsSession> {
  const ws = new WebSocket(baseUrl.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws', { headers });
  let next = 0;
  const pending = new Map<string, (r: WsResult) => void>();
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    ws.on('error', reject);
    ws.on('close', (code) => reject(new Error(`socket closed with ${code} before connection_ack`)));
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: connectionParams })));
    ws.on('message', (raw: Buffer) => {
      const msg = JSON.parse(raw.toString());
      if (msg.type === 'connection_ack') {
        resolve({
          run(query, variables = {}) {
            const id = String(++next);
            ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
            return new Promise((done) => pending.set(id, done));
          },
          close: () => ws.close(),
          closed,
        });
      }
      const done = pending.get(msg.id);
      if (!done) return;
      if (msg.type === 'next') {
        pending.delete(msg.id);
        const error = msg.payload.errors?.[0];
        done({
          type: 'next',
          data: msg.payload.data,
          code: error?.extensions?.code,
          reason: error?.extensions?.reason,
        });
      }
      if (msg.type === 'error') {
        pending.delete(msg.id);
        done({ type: 'error', code: msg.payload[0]?.extensions?.code, reason: msg.payload[0]?.extensions?.reason });
      }
    });
  });
}
