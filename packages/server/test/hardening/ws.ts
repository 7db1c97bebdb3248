import WebSocket from 'ws';

/** One operation over graphql-ws with a chosen Origin header; resolves with its first payload. */
export function wsOperation(baseUrl: string, origin: string, query: string, variables: Record<string, unknown>) {
  return new Promise<{ code?: string; data?: any }>((resolve, reject) => {
    const ws = new WebSocket(baseUrl.replace('http', 'ws') + '/graphql', 'graphql-transport-ws', {
      headers: { origin },
    });
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw));
      if (msg.type === 'connection_ack')
        ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
      if (msg.type === 'error') {
        ws.close();
        resolve({ code: msg.payload[0]?.extensions?.code });
      }
      if (msg.type === 'next') {
        ws.close();
        resolve({ code: msg.payload.errors?.[0]?.extensions?.code, data: msg.payload.data });
      }
    });
    ws.on('error', reject);
  });
}
