import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { buildExample } from '../build.mjs';
import { App } from '../src/App.jsx';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('React example', () => {
  it('should render <booking-widget> with the demo embed key as an attribute', () => {
    const html = renderToString(createElement(App));
    assert.match(html, /<booking-widget embed-key="demo-mystery-manor"><\/booking-widget>/);
  });

  it('should bundle the page with esbuild, listening for slotkit-booked', async () => {
    await buildExample();
    const bundle = read('../dist/app.js');
    assert.match(bundle, /booking-widget/);
    assert.match(bundle, /onslotkit-booked/);
  });

  it('should load widget.js from the Slotkit server next to its own bundle', () => {
    const page = read('../index.html');
    assert.match(page, /<script type="module" src="http:\/\/localhost:4000\/widget\.js"><\/script>/);
    assert.match(page, /<script type="module" src="\.\/dist\/app\.js"><\/script>/);
    assert.match(
      page,
      /<noscript><a href="http:\/\/localhost:4000\/embed\?widget=calendar&amp;key=demo-mystery-manor">/,
    );
  });
});
