import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs module without type declarations
import { serveStatic } from './serve.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

describe('pnpm examples (examples/serve.mjs)', () => {
  it('should serve each example pointing at the Slotkit server it is given, whatever its port', async () => {
    const site = await serveStatic(here, 'http://localhost:4123');
    try {
      for (const example of ['plain-html', 'react', 'vue']) {
        const page = await (await fetch(`${site.url}/${example}/`)).text();
        assert.match(page, /<script type="module" src="http:\/\/localhost:4123\/widget\.js"><\/script>/, example);
        assert.doesNotMatch(page, /localhost:4000/, example);
      }
    } finally {
      await site.close();
    }
  });
});
