import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { saveScreenshots, watchProblems } from './support/browser.ts';
import { ADMIN_KEY, root, type RunningSlotkit } from './support/server.ts';
import { closePages, sharedChromium, sharedSlotkit } from './support/shared.ts';
import { serveStatic } from './support/static-server.ts';

// The customer's journey after the slot step (issue 19, DESIGN §9.2), on the
// built product: several widgets on one page and only the one paid in
// reacts; an iframe on another origin brings the customer back to the host
// page; cancelling at Checkout releases the hold; an unknown return is a
// notice in one widget; a price change reaches an open widget; Spanish
// throughout, errors included.

const WAIT = { timeout: 20_000 };

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, admin = false) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(admin ? { authorization: `Bearer ${ADMIN_KEY}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: any; errors?: unknown };
}

/** Picks the n-th bookable date and the first time with room; returns the time's seats label. */
async function pickTime(widget: Locator, n = 1): Promise<Locator> {
  await widget.locator('booking-calendar button.day.ok:not([aria-disabled])').nth(n).click(WAIT);
  const slot = widget.locator('button.slot[aria-disabled="false"]').first();
  await slot.waitFor(WAIT);
  return slot;
}

/** From a time to a live hold: default tickets, details, acknowledgements. */
async function hold(widget: Locator, slot: Locator, labels = { next: 'Continue', hold: 'Hold my spots' }) {
  await slot.click();
  await widget.getByRole('button', { name: labels.next, exact: true }).click(WAIT);
  await widget.locator('#name').fill('Ana García');
  await widget.locator('#email').fill('ana@example.com');
  for (const id of ['#minAge', '#waiver']) if (await widget.locator(id).count()) await widget.locator(id).check();
  await widget.getByRole('button', { name: labels.hold }).click();
  await widget.getByRole('timer').waitFor(WAIT);
}

describe('the customer journey across pages', () => {
  let slotkit: RunningSlotkit;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let walk: string;

  before(async () => {
    assert.ok(existsSync(join(root, 'packages/widget/dist/manifest.json')), 'run `pnpm run build` first');
    slotkit = await sharedSlotkit();
    const dir = mkdtempSync(join(tmpdir(), 'slotkit-host-'));
    const { data } = await gql(
      slotkit.url,
      '{ widgetConfig(embedKey: "demo-mystery-manor") { activities { id name } } }',
    );
    const byName = (n: string) => data.widgetConfig.activities.find((a: { name: string }) => a.name === n).id;
    walk = byName('Ghost Walk Tour');
    // A site owner's page on another port with only an iframe and embed.js (the documented snippet).
    writeFileSync(
      join(dir, 'framed.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Book with us</title></head>
<body><main><h1>Our tours</h1>
<iframe src="http://localhost:4000/embed?widget=singlegame&activityId=${walk}" title="Book the Ghost Walk" style="width:100%;border:0;height:60rem"></iframe>
<script src="http://localhost:4000/embed.js" async></script></main></body></html>`,
    );
    writeFileSync(
      join(dir, 'spanish.html'),
      `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Reservas</title>
<script type="module" src="http://localhost:4000/widget.js"></script></head><body><main>
<booking-widget activity-id="${walk}" locale="es"></booking-widget></main></body></html>`,
    );
    site = await serveStatic(dir, slotkit.url);
    browser = await sharedChromium();
  });
  after(async () => {
    await closePages(browser);
    await site?.close();
  });

  async function run(name: string, fn: (page: Page, problems: string[]) => Promise<void>) {
    const page = await (await browser.newContext()).newPage();
    const problems = watchProblems(page);
    try {
      await fn(page, problems);
    } catch (err) {
      await saveScreenshots({ [name]: page });
      throw err;
    } finally {
      await page.context().close();
    }
  }

  it(
    'should confirm the booking in the one widget paid in, ' + 'leaving the other widgets and the iframe alone',
    async () => {
      await run('two-widgets', async (page, problems) => {
        await page.goto(`${slotkit.url}/demo`);
        const [venue, single] = [page.locator('booking-widget').nth(0), page.locator('booking-widget').nth(1)];
        await hold(single, await pickTime(single, 2));
        await single.getByRole('button', { name: 'Continue to payment' }).click();
        await page.waitForURL(/\/checkout\/test\//, WAIT);
        await page.getByRole('button', { name: /^Pay / }).click();
        await single.getByRole('heading', { name: 'Booking confirmed' }).waitFor(WAIT);
        assert.match((await single.locator('.number').textContent())!, /^[A-Z0-9-]{4,}$/);
        assert.match((await single.locator('[part="success"]').textContent())!, /ana@example\.com/);
        await single.getByRole('link', { name: 'Add to calendar (.ics)' }).waitFor(WAIT);
        await venue.getByRole('heading', { name: 'Choose an activity' }).waitFor(WAIT);
        await page.frameLocator('iframe').getByRole('heading', { name: 'Choose a date' }).waitFor(WAIT);
        assert.equal(await page.frameLocator('iframe').locator('[part="success"]').count(), 0);
        assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'IFRAME');
        await page.waitForURL(`${slotkit.url}/demo`, WAIT); // the return parameters are gone
        assert.deepEqual(problems, []);
      });
    },
  );

  it('should bring a customer who paid inside an iframe back to the host page, confirmed in that frame', async () => {
    await run('iframe', async (page) => {
      await page.goto(`${site.url}/framed.html`);
      const frame = page.frameLocator('iframe').locator('booking-widget');
      await hold(frame, await pickTime(frame, 3));
      await frame.getByRole('button', { name: 'Continue to payment' }).click();
      await page.waitForURL(/\/checkout\/test\//, WAIT);
      await page.getByRole('button', { name: /^Pay / }).click();
      await page.waitForURL(new RegExp(`^${site.url}/framed\\.html`), WAIT);
      await frame.getByRole('heading', { name: 'Booking confirmed' }).waitFor(WAIT);
      await page.waitForURL(`${site.url}/framed.html`, WAIT);
    });
  });

  it('should release the hold at once when the customer cancels at Checkout, and say so', async () => {
    await run('cancel', async (page) => {
      await page.goto(`${slotkit.url}/demo`);
      const single = page.locator('booking-widget').nth(1);
      const slot = await pickTime(single, 4);
      const time = (await slot.locator('.time').textContent())!;
      const before = (await slot.locator('.left').textContent())!;
      await hold(single, slot);
      await single.getByRole('button', { name: 'Continue to payment' }).click();
      await page.waitForURL(/\/checkout\/test\//, WAIT);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await single.getByText('Payment cancelled. Your spots were released').waitFor(WAIT);
      // Back on the same date's times, with the seats restored.
      await single.locator('button.slot', { hasText: time }).locator('.left', { hasText: before }).waitFor(WAIT);
      await page.waitForURL(`${slotkit.url}/demo`, WAIT);
    });
  });

  it('should show an unknown return in one widget only, and keep every widget working', async () => {
    await run('unknown', async (page) => {
      await page.goto(`${slotkit.url}/demo?slotkit_session=cs_made_up_123`);
      const [venue, single] = [page.locator('booking-widget').nth(0), page.locator('booking-widget').nth(1)];
      await venue.getByText('We could not find that payment').waitFor(WAIT);
      await venue.getByRole('button', { name: /The Haunted Library/ }).click();
      await venue.getByRole('heading', { name: 'Choose a date' }).waitFor(WAIT);
      await single.getByRole('heading', { name: 'Choose a date' }).waitFor(WAIT);
      assert.equal(await single.locator('[part="notice"] p').count(), 0);
    });
  });

  it('should show a price change in an open widget without a reload', async () => {
    await run('price', async (page) => {
      await page.goto(`${slotkit.url}/embed?widget=singlegame&activityId=${walk}`);
      const widget = page.locator('booking-widget');
      await (await pickTime(widget, 1)).click();
      await widget.locator('.tier', { hasText: 'Adult' }).getByText('$25.00').waitFor(WAIT);
      const prices = [
        { tier: 'ADULT', name: 'Adult', amountCents: 2700 },
        { tier: 'CHILD', name: 'Child', amountCents: 1500 },
        {
          tier: 'CUSTOM',
          name: 'Senior',
          amountCents: 2000,
          slug: 'senior',
          names: [{ locale: 'es', name: 'Mayor de 65' }],
        },
      ];
      const r = await gql(
        slotkit.url,
        'mutation($id: ID!, $input: ActivityUpdateInput!) ' +
          '{ updateActivity(id: $id, input: $input) { activity { id } } }',
        { id: walk, input: { prices } },
        true,
      );
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      await widget.locator('.tier', { hasText: 'Adult' }).getByText('$27.00').waitFor(WAIT);
    });
  });

  it('should speak Spanish throughout, errors included, and name a refused origin', async () => {
    await run('spanish', async (page, problems) => {
      await page.goto(`${site.url}/spanish.html`);
      const widget = page.locator('booking-widget');
      await widget.getByRole('heading', { name: 'Elige una fecha' }).waitFor(WAIT);
      await (await pickTime(widget, 1)).click();
      await widget.getByRole('button', { name: 'Una entrada Mayor de 65 más' }).waitFor(WAIT);
      // The same page from an origin the venue does not list (127.0.0.1 is not localhost).
      await page.goto(`${site.url.replace('localhost', '127.0.0.1')}/spanish.html`);
      await widget.getByText('Este sitio no tiene permiso para mostrar este calendario de reservas').waitFor(WAIT);
      assert.ok(
        problems.some((p) => p.includes('http://127.0.0.1:')),
        problems.join('\n'),
      );
    });
  });
});
