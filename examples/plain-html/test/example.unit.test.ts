import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const page = readFileSync(new URL('../index.html', import.meta.url), 'utf8');

// The browser side of this page is e2e/booking.test.ts (a booking made through it in Chromium).
describe('plain HTML example', () => {
  it('should load widget.js as a module from the Slotkit server', () => {
    assert.match(page, /<script type="module" src="http:\/\/localhost:4000\/widget\.js"><\/script>/);
  });

  it('should place the element for the demo venue with a noscript link to the hosted page', () => {
    assert.match(page, /<booking-widget embed-key="demo-mystery-manor"><\/booking-widget>/);
    assert.match(
      page,
      /<noscript>\s*<p><a href="http:\/\/localhost:4000\/embed\?widget=calendar&amp;key=demo-mystery-manor">/,
    );
  });
});
