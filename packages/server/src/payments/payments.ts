import { randomBytes } from 'node:crypto';
import type Stripe from 'stripe';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { AppError, ErrorCode } from '../errors.ts';
import type { Logger } from '../observability/logger.ts';
import type { AppServices } from '../services.ts';
import { createDevGateway } from './dev-gateway.ts';
import type { PaymentGateway } from './gateway.ts';
import { createMailer, type Mailer } from '../outbox/mailer.ts';
import { createOutboxWorker, deliverOutbox, type OutboxWorker } from '../outbox/outbox.ts';
import type { PaymentsPort } from './port.ts';
import { createStripeGateway } from './stripe-gateway.ts';
import { createStripeMode } from './stripe-client.ts';

export interface CreatePaymentsOptions {
  config: Config;
  db: Database;
  logger: Logger;
  /** @default SMTP via SMTP_URL, else logged */
  mailer?: Mailer;
}

/**
 * The payments side of the services: the gateway (real Stripe or keyless),
 * the SDK client for catalog sync, and the webhook secret. Implements the
 * PaymentsPort capacity code calls when it releases a hold.
 */
export class Payments implements PaymentsPort {
  readonly gateway: PaymentGateway;
  /** null in keyless mode: the catalog is then not mirrored to Stripe. */
  readonly stripe: Stripe | null;
  /** STRIPE_WEBHOOK_SECRET, or (keyless development only) one generated for this process. */
  readonly webhookSecret: string;
  readonly keyless: boolean;
  readonly devGateway: ReturnType<typeof createDevGateway> | null;
  readonly mailer: Mailer;
  private readonly logger: Logger;
  private readonly db: Database;
  private baseUrl: string;

  constructor(options: CreatePaymentsOptions) {
    const { config, db, logger } = options;
    const mode = createStripeMode(config);
    this.logger = logger;
    this.db = db;
    this.mailer = options.mailer ?? createMailer(config, logger);
    this.baseUrl = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
    this.keyless = mode.kind === 'keyless';
    this.stripe = mode.kind === 'stripe' ? mode.stripe : null;
    this.devGateway = mode.kind === 'keyless' ? createDevGateway({ db, baseUrl: () => this.baseUrl }) : null;
    this.gateway = mode.kind === 'stripe' ? createStripeGateway(mode.stripe) : this.devGateway!;
    this.webhookSecret = config.STRIPE_WEBHOOK_SECRET ?? `whsec_${randomBytes(24).toString('hex')}`;
    if (mode.kind === 'stripe' && !config.STRIPE_WEBHOOK_SECRET) {
      logger.warn('STRIPE_WEBHOOK_SECRET is unset: Stripe webhooks cannot be verified and will be refused');
    }
  }

  /** The origin the keyless test-checkout URLs use; set once the server listens (PUBLIC_URL wins). */
  setBaseUrl(url: string): void {
    this.baseUrl = url.replace(/\/+$/, '');
  }

  /** Performs queued emails and refunds now (after the commit that queued them); never throws. */
  async deliver(outboxIds?: readonly string[]): Promise<void> {
    await deliverOutbox(this.outboxDeps(), outboxIds).catch((err: unknown) =>
      this.logger.warn({ err }, 'outbox delivery failed'),
    );
  }

  /** The background retry of queued emails and refunds; bootstrap starts and stops it. */
  createOutboxWorker(intervalMs?: number): OutboxWorker {
    return createOutboxWorker(this.outboxDeps(), intervalMs);
  }

  private outboxDeps() {
    return { services: { db: this.db, logger: this.logger }, mailer: this.mailer, gateway: this.gateway };
  }

  async expireCheckoutSession(checkoutSessionId: string): Promise<void> {
    try {
      await this.gateway.expireCheckoutSession(checkoutSessionId);
    } catch (err) {
      // A session that was already paid or expired cannot be expired; the webhook path handles a late payment.
      this.logger.warn({ err, checkoutSessionId }, 'could not expire checkout session');
    }
  }
}

/** The Payments of these services; INTERNAL when the process was built without them. */
export function paymentsOf(services: AppServices): Payments {
  if (services.payments instanceof Payments) return services.payments;
  throw new AppError(ErrorCode.INTERNAL, 'Payments are not configured in this process');
}
