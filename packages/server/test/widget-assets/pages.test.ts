import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { activities } from '../../src/db/schema/index.ts';
import { DEMO_EMBED_KEY, seedDemo, type DemoSeedResult } from '../../src/seed/demo.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

function assertSecurityHeaders(res: Response, frameAncestors: string) {
  const csp = res.headers.get('content-security-policy') ?? '';
  assert.match(csp, /(^|; )script-src 'self'(;|$)/, csp);
  assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline/);
  assert.match(csp, /connect-src 'self' ws:\/\/127\.0\.0\.1:\d+/);
  assert.match(csp, new RegExp(`frame-ancestors ${frameAncestors.replace(/[*']/g, '\\$&')}(;|$)`));
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
  assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
}

describe('embed and demo pages', () => {
  let app: TestApp;
  let seed: DemoSeedResult;
  before(async () => {
    app = await startTestApp();
    seed = await seedDemo(app.services.db, { publicOrigin: app.url });
  });
  after(() => app.stop());

  it('should host one activity for widget=singlegame, framable by any site, with the resize helper', async () => {
    const id = seed.activityIds[0]!;
    const res = await fetch(
      `${app.url}/embed?widget=singlegame&activityId=${id}&theme=dark&color=0f766e&locale=es&slotkit_session=cs_1`,
    );
    assert.equal(res.status, 200);
    assertSecurityHeaders(res, '*');
    const html = await res.text();
    assert.match(
      html,
      new RegExp(`<booking-widget activity-id="${id}" theme="dark" color="0f766e" locale="es"></booking-widget>`),
    );
    assert.match(html, /<script type="module" src="\/widget\.js"><\/script>/);
    assert.match(html, /<script defer src="\/embed-frame\.js"><\/script>/);
    assert.match(html, /<html lang="es">/);
    assert.match(html, /<title>Book The Haunted Library<\/title>/);
    assert.doesNotMatch(html, /<script>|\son\w+=/, 'no inline script or handler');
  });

  it(
    'should host the whole venue for widget=calendar and ' + 'the preview for widget=booking&activityId=preview',
    async () => {
      const venue = await fetch(`${app.url}/embed?widget=calendar&key=${DEMO_EMBED_KEY}`);
      assert.equal(venue.status, 200);
      assert.match(await venue.text(), new RegExp(`<booking-widget embed-key="${DEMO_EMBED_KEY}"></booking-widget>`));
      const preview = await fetch(`${app.url}/embed?widget=booking&activityId=preview`);
      assert.equal(preview.status, 200);
      assertSecurityHeaders(preview, '*');
      assert.match(await preview.text(), /<booking-widget preview><\/booking-widget>/);
    },
  );

  it('should answer 400 with a page naming the problem for bad parameters', async () => {
    const bad = [
      '',
      'widget=nope',
      'widget=singlegame',
      'widget=singlegame&activityId=not-an-id',
      'widget=calendar',
      'widget=calendar&key=%22%3E%3Cscript%3E',
      'widget=booking&activityId=other',
      `widget=calendar&key=${DEMO_EMBED_KEY}&theme=neon`,
      `widget=calendar&key=${DEMO_EMBED_KEY}&color=%23ff0000`,
      `widget=calendar&key=${DEMO_EMBED_KEY}&locale=%3Cb%3E`,
      `widget=calendar&key=${DEMO_EMBED_KEY}&key=other`,
    ];
    for (const query of bad) {
      const res = await fetch(`${app.url}/embed?${query}`);
      assert.equal(res.status, 400, query);
      assertSecurityHeaders(res, '*');
      const html = await res.text();
      assert.match(html, /<h1>Booking is not available<\/h1>/);
      assert.doesNotMatch(html, /<script|<booking-widget/, query);
    }
  });

  it('should answer 404 for an activity or embed key that does not exist', async () => {
    for (const query of [
      'widget=singlegame&activityId=00000000-0000-4000-8000-000000000000',
      'widget=calendar&key=no-such-venue',
    ]) {
      const res = await fetch(`${app.url}/embed?${query}`);
      assert.equal(res.status, 404, query);
      assert.doesNotMatch(await res.text(), /<booking-widget/);
    }
  });

  it('should escape names that come from the database', async () => {
    const id = seed.activityIds[1]!;
    await app.services.db
      .update(activities)
      .set({ name: `<img src=x onerror="alert(1)">&'` })
      .where(eq(activities.id, id));
    const html = await (await fetch(`${app.url}/embed?widget=singlegame&activityId=${id}`)).text();
    assert.match(html, /<title>Book &#60;img src=x onerror=&#34;alert\(1\)&#34;&#62;&#38;&#39;<\/title>/);
    assert.doesNotMatch(html, /<img/);
    const demo = await (await fetch(`${app.url}/demo`)).text();
    assert.doesNotMatch(demo, /<img/);
    assert.match(demo, /&#60;img src=x/);
  });

  it('should show the demo venue three ways: venue mode, one activity and an iframe', async () => {
    const res = await fetch(`${app.url}/demo`);
    assert.equal(res.status, 200);
    assertSecurityHeaders(res, "'self'");
    assert.match(res.headers.get('content-security-policy')!, /frame-src 'self'/);
    const html = await res.text();
    assert.match(html, new RegExp(`<booking-widget embed-key="${DEMO_EMBED_KEY}"></booking-widget>`));
    const single = html.match(/<booking-widget activity-id="([\w-]+)"[^>]*><\/booking-widget>/)?.[1];
    const framed = html.match(/<iframe src="\/embed\?widget=singlegame&#38;activityId=([\w-]+)"/)?.[1];
    assert.deepEqual([single, framed].sort(), [...seed.activityIds].sort(), 'both demo activities are shown');
    assert.match(html, /<script type="module" src="\/widget\.js"><\/script>/);
    assert.match(html, /<script defer src="\/embed\.js"><\/script>/);
    // The copyable snippets name the absolute script URL, escaped as text.
    assert.match(
      html,
      new RegExp(`&#60;script type=&#34;module&#34; src=&#34;${app.url.replace(/\./g, '\\.')}/widget\\.js&#34;`),
    );
  });

  it('should serve the waiver page the seed points waiverUrl at', async () => {
    const res = await fetch(`${app.url}/demo/waiver`);
    assert.equal(res.status, 200);
    assertSecurityHeaders(res, "'self'");
    assert.match(await res.text(), /waiver/i);
    const css = await fetch(`${app.url}/demo/demo.css`);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type')!, /^text\/css/);
  });
});
