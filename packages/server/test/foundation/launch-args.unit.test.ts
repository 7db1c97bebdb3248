import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SERVER_NODE_ARGS } from '../../src/launch-args.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('server launch flags', () => {
  it('should start `pnpm start` with exactly the flags the tests and benchmarks start it with', () => {
    assert.equal(pkg.scripts.start, ['node', ...SERVER_NODE_ARGS, 'src/main.ts'].join(' '));
  });
});
