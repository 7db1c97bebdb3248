import { readFileSync } from 'node:fs';
import type { Express, Request } from 'express';
import { loadWidgetConfig } from '../domain/widget-config.ts';
import { AppError, ErrorCode } from '../errors.ts';
import { DEMO_EMBED_KEY } from '../domain/demo-venue.ts';
import type { AppServices } from '../services.ts';
import { escapeHtml, renderPage, setPageHeaders } from './page-security.ts';

const DEMO_CSS = `
body {
  font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 64rem; padding: 1rem 1.5rem 4rem; color: #1f2937;
}
h1 { font-size: 1.8rem; margin-bottom: 0.25rem; }
section { margin-top: 2.5rem; }
pre { background: #f3f4f6; padding: 0.75rem 1rem; overflow-x: auto; border-radius: 6px; font-size: 0.85rem; }
.lede { color: #4b5563; margin-top: 0; }
/* Room for each widget before widget.js defines it, and for the iframe before embed.js sizes it:
   the heights the widgets then take (their skeletons already have their final size), so nothing below moves. */
booking-widget { display: block; }
booking-widget[embed-key]:not(:defined) { min-height: 732px; }
booking-widget[activity-id]:not(:defined) { min-height: 839px; }
iframe { display: block; width: 100%; height: 849px; border: 0; }
@media (min-width: 760px) {
  booking-widget[embed-key]:not(:defined) { min-height: 420px; }
  booking-widget[activity-id]:not(:defined) { min-height: 932px; }
  iframe { height: 942px; }
}
@media (min-width: 1000px) {
  booking-widget[activity-id]:not(:defined) { min-height: 784px; }
  iframe { height: 776px; }
}
`;

/** The demo activities' pictures (seed imageUrl): small SVGs, served like the rest of the demo. */
const DEMO_IMAGES = new Map(
  ['library.svg', 'ghost-walk.svg'].map((name) => [
    name,
    readFileSync(new URL(`./demo-images/${name}`, import.meta.url)),
  ]),
);

const WAIVER = [
  'Participation in Mystery Manor activities involves physical movement in dimly lit rooms and grounds.',
  'By booking you confirm that every member of your party is able to take part safely, ' +
    'that participants under 16 are accompanied by an adult, and that you will follow the instructions of our staff.',
  'Mystery Manor is not liable for personal belongings left unattended. Damage caused on purpose will be charged.',
  "This is demo text shipped with Slotkit; replace the venue's waiver URL with your own.",
];

/** The origin site owners would put in their snippets: PUBLIC_URL, else the one this request used. */
function publicOrigin(services: AppServices, req: Request): string {
  return services.config.PUBLIC_URL
    ? new URL(services.config.PUBLIC_URL).origin
    : `${req.protocol}://${req.get('host')}`;
}

const snippet = (code: string) => `<pre><code>${escapeHtml(code)}</code></pre>`;

/** GET /demo (the seeded venue embedded three ways), /demo/waiver, /demo/demo.css. */
export function registerDemoPages(app: Express, services: AppServices): void {
  app.get('/demo/demo.css', (_req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('text/css').send(DEMO_CSS);
  });

  app.get('/demo/images/:name', (req, res) => {
    const image = DEMO_IMAGES.get(req.params.name);
    if (!image) return void res.status(404).end();
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.type('image/svg+xml').send(image);
  });

  app.get('/demo/waiver', (req, res) => {
    setPageHeaders(req, res);
    res.setHeader('Cache-Control', 'public, max-age=300');
    const paragraphs = WAIVER.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
    const body = `<main><h1>Mystery Manor: participation waiver</h1>\n${paragraphs}</main>`;
    res.send(renderPage({ title: 'Mystery Manor waiver', styles: ['/demo/demo.css'], body }));
  });

  app.get('/demo', async (req, res) => {
    setPageHeaders(req, res, { frameSrc: "'self'" });
    res.setHeader('Cache-Control', 'no-store');
    let config;
    try {
      config = await loadWidgetConfig(services.db, { embedKey: DEMO_EMBED_KEY });
    } catch (err) {
      if (!(err instanceof AppError && err.code === ErrorCode.NOT_FOUND)) throw err;
      const body =
        '<main><h1>No demo venue</h1><p>The demo venue is seeded into an empty database at start unless ' +
        '<code>SLOTKIT_DEMO=0</code>.</p></main>';
      res.status(404).send(renderPage({ title: 'Slotkit demo', styles: ['/demo/demo.css'], body }));
      return;
    }
    const origin = publicOrigin(services, req);
    const [framed, single = framed] = config.activities;
    if (!framed || !single) throw new AppError(ErrorCode.INTERNAL, 'The demo venue has no active activity');
    const embedPath = `/embed?widget=singlegame&activityId=${encodeURIComponent(framed.id)}`;
    const sections = [
      `<h1>${escapeHtml(config.venue.name)}: Slotkit demo</h1>`,
      '<p class="lede">The seeded demo venue, embedded three ways. ' +
        'Payments go through the local test checkout unless a Stripe key is set. ' +
        'Console: <a href="/console">/console</a>.</p>',
      '<section aria-labelledby="venue-mode"><h2 id="venue-mode">The whole venue</h2>',
      '<p>One element for every activity of the venue, chosen by its embed key.</p>',
      `<booking-widget embed-key="${escapeHtml(config.venue.embedKey)}"></booking-widget>`,
      snippet(
        `<script type="module" src="${origin}/widget.js"></script>\n` +
          `<booking-widget embed-key="${config.venue.embedKey}"></booking-widget>`,
      ),
      '</section>',
      `<section aria-labelledby="single-mode"><h2 id="single-mode">One activity: ${escapeHtml(single.name)}</h2>`,
      '<p>The same element for one activity, with the dark theme and a custom color.</p>',
      `<booking-widget activity-id="${escapeHtml(single.id)}" theme="dark" color="0f766e"></booking-widget>`,
      snippet(`<booking-widget activity-id="${single.id}" theme="dark" color="0f766e"></booking-widget>`),
      '</section>',
      `<section aria-labelledby="iframe-mode"><h2 id="iframe-mode">An iframe: ${escapeHtml(framed.name)}</h2>`,
      '<p>For site builders that do not allow scripts in the page: ' +
        'the iframe sizes itself when <code>/embed.js</code> is included next to it.</p>',
      `<iframe src="${escapeHtml(embedPath)}" title="Book ${escapeHtml(framed.name)}"></iframe>`,
      snippet(
        `<iframe src="${origin}${embedPath}" title="Book ${framed.name}" style="width:100%;border:0"></iframe>\n` +
          `<script src="${origin}/embed.js" async></script>`,
      ),
      '</section>',
    ];
    res.send(
      renderPage({
        title: `${config.venue.name}: Slotkit demo`,
        styles: ['/demo/demo.css'],
        scripts: [{ src: '/widget.js', module: true }, { src: '/embed.js' }],
        body: `<main>\n${sections.join('\n')}\n</main>`,
      }),
    );
  });
}
