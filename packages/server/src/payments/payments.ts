import { randomBytes } from 'node:crypto';
import type Stripe from 'stripe';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { Logger } from '../observability/logger.ts';
import { createDevGateway, type DevGateway } from './dev-gateway.ts';
import type { CheckoutSessionView, PaymentGateway } from './gateway.ts';
import { createStripeGateway } from './stripe-gateway.ts';
import { createStripeMode } from './stripe-client.ts';
import { verifyWebhook, type VerifiedWebhook } from './webhook-event.ts';

export interface CreatePaymentsOptions {
  config: Config;
  /** The keyless development store keeps its checkout sessions in `dev_checkout_sessions`. */
  db: Database;
  logger: Logger;
}

/**
 * Stripe as this process sees it (`services.payments`): the gateway (the real
 * SDK, or the keyless development store), the SDK client the catalog sync
 * uses, and the webhook secret. Knows nothing of bookings or HTTP.
 */
export class Payments {
  readonly gateway: PaymentGateway;
  /** null in keyless mode: the catalog is then not mirrored to Stripe. */
  readonly stripe: Stripe | null;
  /** STRIPE_WEBHOOK_SECRET, or (keyless development only) one generated for this process. */
  readonly webhookSecret: string;
  /** The keyless store behind the local test-checkout page; null with a real key. */
  readonly devGateway: DevGateway | null;
  private readonly logger: Logger;
  private baseUrl: string;

  constructor(options: CreatePaymentsOptions) {
    const { config, db, logger } = options;
    const mode = createStripeMode(config);
    this.logger = logger;
    this.baseUrl = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
    this.webhookSecret = config.STRIPE_WEBHOOK_SECRET ?? `whsec_${randomBytes(24).toString('hex')}`;
    if (mode.kind === 'stripe') {
      this.stripe = mode.stripe;
      this.devGateway = null;
      this.gateway = createStripeGateway(mode.stripe);
      if (!config.STRIPE_WEBHOOK_SECRET) {
        logger.warn('STRIPE_WEBHOOK_SECRET is unset: Stripe webhooks cannot be verified and will be refused');
      }
    } else {
      this.stripe = null;
      this.devGateway = createDevGateway({ db, baseUrl: () => this.baseUrl, webhookSecret: this.webhookSecret });
      this.gateway = this.devGateway;
    }
  }

  /** The origin the keyless test-checkout URLs use; set once the server listens (PUBLIC_URL wins). */
  setBaseUrl(url: string): void {
    this.baseUrl = url.replace(/\/+$/, '');
  }

  /** The server's public origin (PUBLIC_URL, else where it listens): links in emails use it. */
  publicUrl(): string {
    return this.baseUrl;
  }

  /** A webhook delivery checked against the exact raw bytes Stripe signed. */
  verifyWebhook(rawBody: Buffer | string, signature: string | undefined): VerifiedWebhook {
    return verifyWebhook(this.webhookSecret, rawBody, signature);
  }

  /**
   * Expire a released hold's Checkout session so it can no longer be paid.
   * Never throws. When the gateway refuses, the session is retrieved: if it is
   * no longer open (paid, or already expired) that view is returned, so the
   * caller can settle a payment whose event may never come; undefined when it
   * was expired now, or when the gateway could not be asked (the periodic
   * reconciler finds a payment then).
   */
  async expireCheckoutSession(checkoutSessionId: string): Promise<CheckoutSessionView | undefined> {
    try {
      await this.gateway.expireCheckoutSession(checkoutSessionId);
      return undefined;
    } catch (err) {
      const session = await this.gateway.retrieveCheckoutSession(checkoutSessionId).catch((retrieveErr: unknown) => {
        this.logger.warn({ err: retrieveErr, checkoutSessionId }, 'could not retrieve a checkout session');
        return null;
      });
      if (session && session.status !== 'open') return session;
      this.logger.warn({ err, checkoutSessionId }, 'could not expire checkout session');
      return undefined;
    }
  }
}
