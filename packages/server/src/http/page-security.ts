import type { Request, Response } from 'express';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface PageSecurityOptions {
  /**
   * Who may frame the page. `/embed` exists to be framed by any site; every
   * other page only by itself.
   * @default "'self'"
   */
  frameAncestors?: string;
  /** Origins the page may frame (the demo frames its own /embed). @default "'none'" */
  frameSrc?: string;
  /**
   * The page's own WebSocket origin (ws://host, wss://host). CSP3 lets 'self'
   * match it, older Safari does not, so it is named too.
   */
  socketOrigin?: string;
}

/**
 * The Content-Security-Policy every page and script of the widget runs under.
 * No inline script and no eval: the widget is one external module, Lit styles
 * go through adoptedStyleSheets (CSSOM, which CSP does not govern) and
 * graphql-ws connects back to this origin only.
 */
export function contentSecurityPolicy(options: PageSecurityOptions = {}): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${options.socketOrigin ? ` ${options.socketOrigin}` : ''}`,
    `frame-src ${options.frameSrc ?? "'none'"}`,
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${options.frameAncestors ?? "'self'"}`,
  ].join('; ');
}

/** Headers for HTML pages: CSP, no MIME sniffing, no full URLs in Referer to other sites. */
export function setPageHeaders(req: Request, res: Response, options: PageSecurityOptions = {}): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy({ socketOrigin: socketOriginOf(req), ...options }));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
}

const HOST_RE = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** ws://host or wss://host of this request, when its Host header is a plain host[:port]. */
export function socketOriginOf(req: Request): string | undefined {
  const host = req.get('host');
  if (!host || !HOST_RE.test(host)) return undefined;
  return `${req.protocol === 'https' ? 'wss' : 'ws'}://${host}`;
}

/** Headers for the public scripts: loadable from any page (module scripts are CORS requests). */
export function setScriptHeaders(res: Response): void {
  res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
}

export interface PageParts {
  title: string;
  /** Already-escaped HTML for <body>. */
  body: string;
  /** Script URLs (same origin), loaded in order. */
  scripts?: readonly { src: string; module?: boolean }[];
  /** Stylesheet URLs (same origin). */
  styles?: readonly string[];
  lang?: string;
}

/** A minimal HTML document. Everything interpolated by callers must go through escapeHtml. */
export function renderPage(parts: PageParts): string {
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(parts.title)}</title>`,
    // No favicon request (and no 404 in the console of every embed).
    '<link rel="icon" href="data:,">',
    ...(parts.styles ?? []).map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`),
    ...(parts.scripts ?? []).map(
      (s) => `<script ${s.module ? 'type="module"' : 'defer'} src="${escapeHtml(s.src)}"></script>`,
    ),
  ];
  return (
    `<!doctype html>\n<html lang="${escapeHtml(parts.lang ?? 'en')}">\n<head>\n${head.join('\n')}\n</head>\n` +
    `<body>\n${parts.body}\n</body>\n</html>\n`
  );
}
