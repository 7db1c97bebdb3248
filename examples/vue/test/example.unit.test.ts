import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { buildExample } from '../build.mjs';
import { App, configure } from '../src/app.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

async function render(withConfig: boolean) {
  const warnings: string[] = [];
  const app = createSSRApp(App);
  app.config.warnHandler = (msg) => warnings.push(msg);
  if (withConfig) configure(app);
  return { html: await renderToString(app), warnings };
}

describe('Vue example', () => {
  it('should render <booking-widget> as a custom element once isCustomElement names it', async () => {
    const { html, warnings } = await render(true);
    assert.match(html, /<booking-widget embed-key="demo-mystery-manor"><\/booking-widget>/);
    assert.deepEqual(warnings, []);
  });

  it('should make Vue look for a component named booking-widget without that setting', async () => {
    const { warnings } = await render(false);
    assert.ok(
      warnings.some((w) => /Failed to resolve component: booking-widget/.test(w)),
      warnings.join('\n'),
    );
  });

  it('should bundle the page with esbuild, listening for slotkit-booked', async () => {
    await buildExample();
    const bundle = read('../dist/app.js');
    assert.match(bundle, /booking-widget/);
    assert.match(bundle, /slotkit-booked/);
  });

  it('should load widget.js from the Slotkit server next to its own bundle', () => {
    const page = read('../index.html');
    assert.match(page, /<script type="module" src="http:\/\/localhost:4000\/widget\.js"><\/script>/);
    assert.match(page, /<script type="module" src="\.\/dist\/app\.js"><\/script>/);
  });
});
