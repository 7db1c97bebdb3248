import express, { type Express } from 'express';
import type { AppServices } from '../services.ts';
import { registerTestCheckout } from './test-checkout-page.ts';
import { handleStripeWebhook } from '../domain/bookings/stripe-events.ts';

/**
 * POST /webhooks/stripe with the body kept raw (the signature covers the exact
 * bytes; no JSON parser may run first), plus the keyless test-checkout page.
 */
export function registerPaymentRoutes(app: Express, services: AppServices): void {
  app.post('/webhooks/stripe', express.raw({ type: () => true, limit: '1mb' }), async (req, res) => {
    try {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const result = await handleStripeWebhook(services, body, req.header('stripe-signature'));
      res.status(result.status).json(result.body);
    } catch (err) {
      services.logger.error({ err }, 'Stripe webhook processing failed; Stripe will redeliver');
      res.status(500).json({ error: 'processing failed' });
    }
  });
  registerTestCheckout(app, services);
}
