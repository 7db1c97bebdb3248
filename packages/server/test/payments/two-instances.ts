import { syncActivityCatalog } from '../../src/domain/admin/stripe-sync.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { openTestDatabase, type TestDatabase } from '../support/database.ts';
import { startStripeStandIn, type StripeStandIn } from '../support/stripe-stand-in.ts';
import { createCatalog, WEBHOOK_SECRET, type Catalog } from './fixtures.ts';

/** What the concurrency tests race on: two servers, one PostgreSQL database, one Stripe stand-in. */
export interface TwoInstances {
  readonly database: TestDatabase;
  readonly stripe: StripeStandIn;
  /** Two instances of the server (sweepers off: the tests decide when holds end). */
  readonly a: TestApp;
  readonly b: TestApp;
  /** An activity with its prices, synced to the stand-in. */
  readonly cat: Catalog;
  stop(): Promise<void>;
}

export async function startTwoInstances(): Promise<TwoInstances> {
  const stripe = await startStripeStandIn();
  const database = await openTestDatabase('postgres', { max: 20 });
  const config = {
    STRIPE_SECRET_KEY: 'sk_test_stand_in',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_URL: stripe.url,
  };
  const a = await startTestApp({ database, config, holdSweeper: false });
  const b = await startTestApp({ database, config, holdSweeper: false });
  const cat = await createCatalog(a.services.db);
  await syncActivityCatalog(a.services, cat.activityId);
  return {
    database,
    stripe,
    a,
    b,
    cat,
    async stop() {
      await a.stop();
      await b.stop();
      await database.close();
      await stripe.close();
    },
  };
}
