import type { Express, Request, Response } from 'express';
import { loadWidgetConfig } from '../domain/widget-config.ts';
import { isUuid } from '../db/ids.ts';
import { AppError, ErrorCode } from '../errors.ts';
import type { AppServices } from '../services.ts';
import { escapeHtml, renderPage, setPageHeaders } from './page-security.ts';

/** What an /embed URL asks for, after validation. */
export type EmbedTarget =
  | { readonly kind: 'activity'; readonly activityId: string }
  | { readonly kind: 'venue'; readonly embedKey: string }
  | { readonly kind: 'preview' };

export interface EmbedRequest {
  readonly target: EmbedTarget;
  readonly theme?: 'light' | 'dark';
  /** `gift-card`: the widget sells the venue's gift cards instead of booking. */
  readonly mode?: 'gift-card';
  readonly color?: string;
  readonly locale?: string;
}

export type ParsedEmbed =
  { readonly ok: true; readonly value: EmbedRequest } | { readonly ok: false; readonly problem: string };

const EMBED_KEY_RE = /^[\w-]{1,100}$/;
const COLOR_RE = /^(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const LOCALE_RE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,3}$/i;

/**
 * Validates the query of /embed (DESIGN §5): `widget=singlegame&activityId=<id>`,
 * `widget=calendar&key=<embed key>`, `widget=booking&activityId=preview` (or an
 * id, or a key); optional `theme`, `color`, `locale`, `mode=gift-card`. Other parameters (the
 * checkout's `slotkit_session`, analytics tags) are left for the widget.
 */
export function parseEmbedQuery(query: Request['query']): ParsedEmbed {
  const one = (name: string): string | undefined | null => {
    const v = query[name];
    if (v === undefined) return undefined;
    return typeof v === 'string' ? v : null;
  };
  const widget = one('widget');
  const activityId = one('activityId');
  const key = one('key');
  const bad = (problem: string): ParsedEmbed => ({ ok: false, problem });
  if ([widget, activityId, key, one('theme'), one('color'), one('locale'), one('mode')].includes(null))
    return bad('Each parameter may be given once.');

  let target: EmbedTarget;
  if (widget === 'singlegame') {
    if (!activityId || !isUuid(activityId)) return bad('widget=singlegame needs activityId=<activity id>.');
    target = { kind: 'activity', activityId };
  } else if (widget === 'calendar') {
    if (!key || !EMBED_KEY_RE.test(key)) return bad('widget=calendar needs key=<venue embed key>.');
    target = { kind: 'venue', embedKey: key };
  } else if (widget === 'booking') {
    if (activityId === 'preview') target = { kind: 'preview' };
    else if (activityId && isUuid(activityId)) target = { kind: 'activity', activityId };
    else if (!activityId && key && EMBED_KEY_RE.test(key)) target = { kind: 'venue', embedKey: key };
    else return bad('widget=booking needs activityId=preview, activityId=<activity id> or key=<venue embed key>.');
  } else {
    return bad('widget must be singlegame, calendar or booking.');
  }

  const theme = one('theme');
  const color = one('color');
  const locale = one('locale');
  if (theme !== undefined && theme !== 'light' && theme !== 'dark') return bad('theme must be light or dark.');
  if (color !== undefined && !COLOR_RE.test(color!)) return bad('color must be a hex color without #, like 6d28d9.');
  if (locale !== undefined && !LOCALE_RE.test(locale!)) return bad('locale must be a language tag like en or es-MX.');
  const mode = one('mode');
  if (mode !== undefined && mode !== 'gift-card') return bad('mode must be gift-card (or left out).');
  return {
    ok: true,
    value: {
      target,
      theme: theme ?? undefined,
      color: color ?? undefined,
      locale: locale ?? undefined,
      ...(mode ? { mode } : {}),
    },
  };
}

/** The <booking-widget> markup for a validated request; every value is escaped. */
export function widgetElement(request: EmbedRequest): string {
  const attrs: string[] = [];
  const { target } = request;
  if (target.kind === 'activity') attrs.push(`activity-id="${escapeHtml(target.activityId)}"`);
  if (target.kind === 'venue') attrs.push(`embed-key="${escapeHtml(target.embedKey)}"`);
  if (target.kind === 'preview') attrs.push('preview');
  if (request.theme) attrs.push(`theme="${escapeHtml(request.theme)}"`);
  if (request.color) attrs.push(`color="${escapeHtml(request.color)}"`);
  if (request.locale) attrs.push(`locale="${escapeHtml(request.locale)}"`);
  if (request.mode) attrs.push(`mode="${escapeHtml(request.mode)}"`);
  return `<booking-widget ${attrs.join(' ')}></booking-widget>`;
}

/** Any site may frame /embed: that is what it is for. */
const EMBED_SECURITY = { frameAncestors: '*' } as const;

function sendProblem(req: Request, res: Response, status: number, message: string): void {
  setPageHeaders(req, res, EMBED_SECURITY);
  res.setHeader('Cache-Control', 'no-store');
  const body = `<main><h1>Booking is not available</h1><p>${escapeHtml(message)}</p></main>`;
  res.status(status).send(renderPage({ title: 'Booking is not available', body }));
}

/** GET /embed: a page holding only the widget, for iframes; it reports its height to the framing page. */
export function registerEmbedPage(app: Express, services: AppServices): void {
  app.get('/embed', async (req, res) => {
    const parsed = parseEmbedQuery(req.query);
    if (!parsed.ok) return sendProblem(req, res, 400, parsed.problem);
    const { target } = parsed.value;
    let title = 'Book now';
    if (target.kind !== 'preview') {
      try {
        const config = await loadWidgetConfig(
          services.db,
          target.kind === 'activity' ? { activityId: target.activityId } : { embedKey: target.embedKey },
        );
        title = `Book ${target.kind === 'activity' ? config.activities[0]!.name : config.venue.name}`;
      } catch (err) {
        if (err instanceof AppError && err.code === ErrorCode.NOT_FOUND) {
          return sendProblem(req, res, 404, 'This booking link does not name an activity or venue that exists.');
        }
        throw err;
      }
    } else {
      title = 'Booking widget preview';
    }
    setPageHeaders(req, res, EMBED_SECURITY);
    res.setHeader('Cache-Control', 'public, max-age=60');
    const noscript =
      '<noscript><p>Booking needs JavaScript. Please enable it, or contact the venue to book.</p></noscript>';
    res.send(
      renderPage({
        title,
        lang: parsed.value.locale ?? 'en',
        scripts: [{ src: '/widget.js', module: true }, { src: '/embed-frame.js' }],
        body: `<main>\n${widgetElement(parsed.value)}\n${noscript}\n</main>`,
      }),
    );
  });
}
