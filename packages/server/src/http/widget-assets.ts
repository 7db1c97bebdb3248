import { readFileSync } from 'node:fs';
import { Router, type Express, type Request, type Response } from 'express';
import type { AppServices } from '../services.ts';
import { registerDemoPages } from './demo-page.ts';
import { registerEmbedPage } from './embed-page.ts';
import { setScriptHeaders } from './page-security.ts';
import { DEFAULT_WIDGET_DIST, toAsset, widgetBundleLoader, type StaticAsset } from './widget-bundle.ts';

/** The alias may change with every deploy: short, and revalidated by ETag. */
export const ALIAS_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=60';
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

export interface WidgetAssetOptions {
  /** Where the built widget lives. @default packages/widget/dist */
  distDir?: string;
}

/** An embed script without its comment lines and indentation (they are for readers of the source). */
const script = (name: string) => {
  const source = readFileSync(new URL(`./embed-scripts/${name}`, import.meta.url), 'utf8');
  const lean = source.replace(/^\s*\/\/.*\n/gm, '').replace(/^\s+/gm, '');
  return toAsset(Buffer.from(lean), 'text/javascript; charset=utf-8');
};

/**
 * The scripts site owners load: `/widget.js` (alias of the current build),
 * `/widget.<hash>.js` (immutable), `/embed.js` (sizes iframes on the host page)
 * and `/embed-frame.js` (reports the height from inside /embed).
 */
export function widgetAssetRouter(options: WidgetAssetOptions = {}): Router {
  const router = Router();
  const loadBundle = widgetBundleLoader(options.distDir ?? DEFAULT_WIDGET_DIST);
  const embedHost = script('embed-host.js');
  const embedFrame = script('embed-frame.js');

  const notBuilt = (res: Response) => {
    res.status(503).setHeader('Cache-Control', 'no-store');
    res.type('text/plain').send('The widget is not built yet: run `pnpm run build` (`pnpm start` does it first).\n');
  };

  router.get('/widget.js', async (req, res) => {
    const bundle = await loadBundle();
    if (!bundle) return notBuilt(res);
    sendAsset(req, res, bundle.files.get(bundle.entry)!, ALIAS_CACHE_CONTROL);
  });

  router.get(/^\/[\w-]+\.[\w-]{6,}\.js(?:\.map)?$/, async (req, res, next) => {
    const bundle = await loadBundle();
    if (!bundle) return notBuilt(res);
    const asset = bundle.files.get(req.path.slice(1));
    if (!asset) return next();
    sendAsset(req, res, asset, IMMUTABLE_CACHE_CONTROL);
  });

  router.get('/embed.js', (req, res) => sendAsset(req, res, embedHost, ALIAS_CACHE_CONTROL));
  router.get('/embed-frame.js', (req, res) => sendAsset(req, res, embedFrame, ALIAS_CACHE_CONTROL));
  return router;
}

/** Sends a script with CORS, nosniff, its cache policy, ETag revalidation and gzip when accepted. */
function sendAsset(req: Request, res: Response, asset: StaticAsset, cacheControl: string): void {
  setScriptHeaders(res);
  res.setHeader('Content-Type', asset.contentType);
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('ETag', asset.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  const inm = req.get('if-none-match');
  if (inm && inm.split(',').some((tag) => tag.trim().replace(/^W\//, '') === asset.etag)) {
    res.status(304).end();
    return;
  }
  const gzip = /\bgzip\b/.test(req.get('accept-encoding') ?? '');
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', String((gzip ? asset.gzip : asset.body).length));
  res.end(gzip ? asset.gzip : asset.body);
}

/** Everything that brings the widget to a page: scripts, /embed, /demo. Called once from routes.ts. */
export function registerWidgetAssets(app: Express, services: AppServices, options: WidgetAssetOptions = {}): void {
  app.use(widgetAssetRouter(options));
  registerEmbedPage(app, services);
  registerDemoPages(app, services);
}
