import type { Express } from 'express';
import { sql } from 'drizzle-orm';
import type { AppServices } from '../services.ts';
import { registerConsole } from './console.ts';
import { registerWidgetAssets } from './widget-assets.ts';
import { registerStripeWebhook } from './stripe-webhook.ts';
import { registerTestCheckout } from './test-checkout-page.ts';
import { registerManagePage } from './manage-page.ts';
import { registerWaitlistPages } from './waitlist-page.ts';
import { registerMetricsRoute } from './observability.ts';

/**
 * Non-GraphQL routes. Each area registers its own (webhooks, widget.js,
 * embed, console); this list is the one place they are wired.
 */
export function registerRoutes(app: Express, services: AppServices): void {
  registerWidgetAssets(app, services);
  registerConsole(app, services);
  registerStripeWebhook(app, services);
  registerTestCheckout(app, services); // keyless development only
  registerManagePage(app, services);
  registerWaitlistPages(app, services);
  registerMetricsRoute(app, services);
  app.get('/healthz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    // Not ready yet (migrations, demo seed) or shutting down: a load balancer must not send traffic.
    if (!services.readiness.ready)
      return void res.status(503).json({ status: 'not-ready', database: services.dbHandle.driver });
    try {
      await services.db.execute(sql`select 1`);
      res.json({ status: 'ok', database: services.dbHandle.driver });
    } catch (err) {
      services.logger.warn({ err }, 'health check failed');
      res.status(503).json({ status: 'unavailable', database: services.dbHandle.driver });
    }
  });
}
