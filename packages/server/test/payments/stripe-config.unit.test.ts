import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, testConfig } from '../../src/config.ts';
import { BOOKING_NUMBER_RE, newBookingNumber } from '../../src/domain/bookings/booking-number.ts';
import { parseCustomer } from '../../src/domain/bookings/customers.ts';
import { parseReturnUrl, withSessionPlaceholder } from '../../src/payments/checkout-urls.ts';
import { createStripeMode, stripeOptions } from '../../src/payments/stripe-client.ts';
import { decodeForm } from '../support/stripe-stand-in.ts';

describe('Stripe settings', () => {
  it('should refuse to start in production without STRIPE_SECRET_KEY', () => {
    assert.throws(
      () => createStripeMode(testConfig({ NODE_ENV: 'production', STRIPE_SECRET_KEY: undefined })),
      ConfigError,
    );
  });

  it('should run keyless in development and test without a key', () => {
    assert.equal(createStripeMode(testConfig({ NODE_ENV: 'development' })).kind, 'keyless');
    assert.equal(createStripeMode(testConfig({ STRIPE_SECRET_KEY: 'sk_test_x' })).kind, 'stripe');
  });

  it('should point the SDK at STRIPE_API_URL, without telemetry and without retries in tests', () => {
    const options = stripeOptions(testConfig({ STRIPE_API_URL: 'http://127.0.0.1:12111' }));
    assert.deepEqual(
      [options.host, options.port, options.protocol, options.telemetry, options.maxNetworkRetries],
      ['127.0.0.1', 12111, 'http', false, 0],
    );
    assert.equal(stripeOptions(testConfig({ NODE_ENV: 'development' })).host, undefined);
  });
});

describe('checkout input', () => {
  it('should append the session placeholder as a query parameter before any fragment, unencoded', () => {
    assert.equal(
      withSessionPlaceholder('https://a.example/ok'),
      'https://a.example/ok?slotkit_session={CHECKOUT_SESSION_ID}',
    );
    assert.equal(
      withSessionPlaceholder('https://a.example/ok?x=1#top'),
      'https://a.example/ok?x=1&slotkit_session={CHECKOUT_SESSION_ID}#top',
    );
    assert.equal(
      withSessionPlaceholder('https://a.example/ok?s={CHECKOUT_SESSION_ID}'),
      'https://a.example/ok?s={CHECKOUT_SESSION_ID}',
    );
  });

  it('should accept only absolute http(s) return URLs', () => {
    assert.equal(parseReturnUrl(' https://a.example/x ', 'successUrl'), 'https://a.example/x');
    assert.equal(
      parseReturnUrl('http://localhost:5173/?id={CHECKOUT_SESSION_ID}', 'successUrl'),
      'http://localhost:5173/?id={CHECKOUT_SESSION_ID}',
    );
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'ftp://a.example', '']) {
      assert.throws(
        () => parseReturnUrl(bad, 'successUrl'),
        (err: { code?: string }) => err.code === 'BAD_USER_INPUT',
        bad,
      );
    }
  });

  it('should trim contact details and refuse bad ones', () => {
    assert.deepEqual(parseCustomer({ name: ' Ada ', email: ' ada@example.com ', phone: '' }), {
      name: 'Ada',
      email: 'ada@example.com',
      phone: null,
    });
    for (const bad of [
      { name: '', email: 'a@example.com' },
      { name: 'A', email: 'a@b' },
      { name: 'A', email: 'a@example.com', phone: 'x1' },
    ]) {
      assert.throws(
        () => parseCustomer(bad),
        (err: { code?: string }) => err.code === 'BAD_USER_INPUT',
      );
    }
  });

  it('should make short booking numbers from an unambiguous alphabet', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const n = newBookingNumber();
      assert.match(n, BOOKING_NUMBER_RE);
      assert.doesNotMatch(n.slice(3), /[01ILOSZB258]/);
      seen.add(n);
    }
    assert.ok(seen.size > 1990);
  });
});

describe('stand-in form decoding', () => {
  it('should nest Stripe form keys like the API does', () => {
    assert.deepEqual(
      decodeForm(
        'line_items[0][price]=p&line_items[0][quantity]=2&line_items[1][price_data][unit_amount]=5' +
          '&metadata[a]=b&lookup_keys[0]=k',
      ),
      {
        line_items: [{ price: 'p', quantity: '2' }, { price_data: { unit_amount: '5' } }],
        metadata: { a: 'b' },
        lookup_keys: ['k'],
      },
    );
  });
});
