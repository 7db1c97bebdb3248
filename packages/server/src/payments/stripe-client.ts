import Stripe from 'stripe';
import type { Config } from '../config.ts';
import { ConfigError } from '../config.ts';

/**
 * Which Stripe this process talks to. `keyless` is the development stand-in
 * (no STRIPE_SECRET_KEY outside production): checkouts are served by the local
 * test-checkout page and nothing reaches Stripe.
 */
export type StripeMode = { readonly kind: 'stripe'; readonly stripe: Stripe } | { readonly kind: 'keyless' };

/**
 * Builds the SDK client from the settings. STRIPE_API_URL points the real SDK
 * at another host (the test stand-in); tests never retry, so a request the
 * stand-in refused is visible exactly once.
 */
export function createStripeMode(config: Config): StripeMode {
  if (!config.STRIPE_SECRET_KEY) {
    if (config.NODE_ENV === 'production') {
      throw new ConfigError([
        'STRIPE_SECRET_KEY: required when NODE_ENV=production (the local test checkout is for development only)',
      ]);
    }
    return { kind: 'keyless' };
  }
  return { kind: 'stripe', stripe: new Stripe(config.STRIPE_SECRET_KEY, stripeOptions(config)) };
}

export function stripeOptions(config: Config): Stripe.StripeConfig {
  const options: Stripe.StripeConfig = {
    telemetry: false,
    maxNetworkRetries: config.NODE_ENV === 'test' ? 0 : 2,
    timeout: 20_000,
    appInfo: { name: 'slotkit' },
  };
  if (config.STRIPE_API_URL) {
    const url = new URL(config.STRIPE_API_URL);
    options.host = url.hostname;
    options.protocol = url.protocol === 'http:' ? 'http' : 'https';
    options.port = url.port ? Number(url.port) : url.protocol === 'http:' ? 80 : 443;
  }
  return options;
}
