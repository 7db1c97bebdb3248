// A TCP port on 127.0.0.1 that nothing listens on now, for a child process to take a moment later
// (a PostgreSQL cluster, a server under test). Plain JavaScript so the test scripts use it without tsx.
import { createServer } from 'node:net';

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}
