import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { COMPILED_SERVER_NODE_ARGS, SERVER_NODE_ARGS } from '../../src/launch-args.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('server launch flags', () => {
  it('should start `pnpm start` with exactly the flags the tests and benchmarks start it with', () => {
    // `exec`: the shell pnpm runs the script in becomes node, so the SIGTERM pnpm forwards reaches the server.
    assert.equal(pkg.scripts.start, ['exec', 'node', ...SERVER_NODE_ARGS, 'src/main.ts'].join(' '));
  });

  it('should start `start:prod` with exactly the flags the tests start the compiled server with', () => {
    const flags = COMPILED_SERVER_NODE_ARGS.join(' ');
    assert.equal(pkg.scripts['start:prod'], `NODE_ENV=production exec node ${flags} dist/main.js`);
  });

  it('should exec the server from the root `pnpm start` too (no shell left to swallow the signal)', () => {
    const root = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    assert.match(root.scripts.start!, /&& exec pnpm --filter @slotkit\/server start$/);
  });
});
