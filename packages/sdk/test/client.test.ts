import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { seedDemo } from '../../server/src/seed/demo.ts';
import { startTestApp, type TestApp } from '../../server/test/support/app.ts';
import {
  ActivitiesDocument,
  CreateActivityDocument,
  createSlotkitClient,
  isSlotkitError,
  OrganizationDocument,
  UpdateActivityDocument,
  VenueDocument,
  VenuesDocument,
  WidgetConfigChangedDocument,
  WidgetConfigDocument,
  type SlotkitClient,
} from '../src/index.ts';

// The README's examples, run against a live server over a fresh database.
describe('@slotkit/sdk against a live server', () => {
  let app: TestApp;
  let admin: SlotkitClient;
  let anonymous: SlotkitClient;

  before(async () => {
    app = await startTestApp();
    const seed = await seedDemo(app.services.db, { publicOrigin: app.url });
    admin = createSlotkitClient({ url: `${app.url}/graphql`, apiKey: seed.adminKey!, webSocketImpl: WebSocket });
    anonymous = createSlotkitClient({ url: `${app.url}/graphql`, webSocketImpl: WebSocket });
  });
  after(async () => {
    await admin?.dispose();
    await anonymous?.dispose();
    await app?.stop();
  });

  it('should run typed admin queries and mutations with the API key', async () => {
    const { organization } = await admin.query(OrganizationDocument);
    assert.equal(organization.name, 'Mystery Manor Entertainment');
    const { venues } = await admin.query(VenuesDocument);
    const venue = venues[0]!;
    const { createActivity } = await admin.mutate(CreateActivityDocument, {
      input: {
        venueId: venue.id,
        name: 'Candlelit Séance',
        durationMinutes: 45,
        capacity: 10,
        maxParty: 6,
        schedule: {
          operatingDays: ['Friday', 'Saturday'],
          startTime: '20:00',
          endTime: '23:00',
          slotInterval: 60,
          advanceBooking: 14,
        },
        prices: [
          { tier: 'ADULT', name: 'Adult', amountCents: 3900 },
          { tier: 'CUSTOM', name: 'Medium', amountCents: 0, slug: 'medium' },
        ],
      },
    });
    assert.ok(createActivity.sessionsCreated > 0);
    const { activities } = await admin.query(ActivitiesDocument, { venueId: venue.id });
    assert.ok(activities.some((a) => a.id === createActivity.activity.id));
  });

  it('should run public queries without a key', async () => {
    const { widgetConfig } = await anonymous.query(WidgetConfigDocument, { embedKey: 'demo-mystery-manor' });
    assert.equal(widgetConfig.venue.name, 'Mystery Manor');
  });

  it('should reject with SlotkitError codes from the server', async () => {
    await assert.rejects(anonymous.query(OrganizationDocument), (err) => isSlotkitError(err, 'UNAUTHENTICATED'));
    await assert.rejects(
      admin.query(VenueDocument, { id: '00000000-0000-4000-8000-000000000000' }),
      (err) => isSlotkitError(err, 'NOT_FOUND') && err.extensions.code === 'NOT_FOUND',
    );
    const revoked = createSlotkitClient({ url: `${app.url}/graphql`, apiKey: 'slk_unknown' });
    await assert.rejects(
      revoked.query(OrganizationDocument),
      (err) => isSlotkitError(err, 'UNAUTHENTICATED') && err.status === 401,
    );
  });

  it('should deliver a subscription over graphql-ws as an async iterator', async () => {
    const { activities } = await admin.query(ActivitiesDocument);
    const activityId = activities[0]!.id;
    const updates = anonymous.subscribe(WidgetConfigChangedDocument, { activityId });
    const first = updates.next();
    // Nothing confirms that the server has registered the subscription, so the
    // change is repeated until one is delivered (each is a real rename).
    let received: Awaited<typeof first> | undefined;
    for (let round = 1; !received && round <= 10; round++) {
      await admin.mutate(UpdateActivityDocument, { id: activityId, input: { name: `Haunted Library ${round}` } });
      received = await Promise.race([
        first,
        new Promise<undefined>((resolve) => setTimeout(resolve, 2_500, undefined)),
      ]);
    }
    assert.ok(received && !received.done, 'an update arrived');
    assert.match(received.value.widgetConfigChanged.activities[0]!.name, /^Haunted Library \d+$/);
    await updates.return!();
  });

  it('should end a subscription with UNAUTHENTICATED when the API key is refused', async () => {
    const bad = createSlotkitClient({ url: `${app.url}/graphql`, apiKey: 'slk_unknown', webSocketImpl: WebSocket });
    try {
      const updates = bad.subscribe(WidgetConfigChangedDocument, { embedKey: 'demo-mystery-manor' });
      await assert.rejects(updates.next(), (err) => isSlotkitError(err, 'UNAUTHENTICATED'));
    } finally {
      await bad.dispose();
    }
  });
});
