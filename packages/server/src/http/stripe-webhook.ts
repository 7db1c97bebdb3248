import express, { type Express } from 'express';
import { processStripeEvent } from '../domain/bookings/stripe-events.ts';
import type { AppServices } from '../services.ts';

export interface WebhookResponse {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
}

/**
 * One webhook delivery: a bad signature is a 400 with nothing written; a
 * processing error rejects (the route answers 500) and rolls everything back,
 * event id included, so Stripe's redelivery retries it.
 */
export async function receiveStripeWebhook(
  services: AppServices,
  rawBody: Buffer | string,
  signature: string | undefined,
): Promise<WebhookResponse> {
  const verified = services.payments.verifyWebhook(rawBody, signature);
  if (!verified.ok) {
    services.logger.warn({ err: verified.reason }, 'refused a Stripe webhook with a bad signature');
    return { status: 400, body: { error: 'invalid signature' } };
  }
  const outcome = await processStripeEvent(services, verified.event);
  return { status: 200, body: { received: true, ...outcome } };
}

/** POST /webhooks/stripe with the body kept raw (the signature covers the exact bytes; no JSON parser may run first).
 * */
export function registerStripeWebhook(app: Express, services: AppServices): void {
  app.post('/webhooks/stripe', express.raw({ type: () => true, limit: '1mb' }), async (req, res) => {
    try {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const result = await receiveStripeWebhook(services, body, req.header('stripe-signature'));
      res.status(result.status).json(result.body);
    } catch (err) {
      services.logger.error({ err }, 'Stripe webhook processing failed; Stripe will redeliver');
      res.status(500).json({ error: 'processing failed' });
    }
  });
}
