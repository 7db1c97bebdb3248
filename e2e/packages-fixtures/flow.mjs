// Plain Node ESM, as a developer who installed only the tarballs writes it: availability → a hold by
// price id alone → checkout. Prints one JSON line for the test to read. Usage: node flow.mjs <server url>
import { createSlotkitClient } from '@slotkit/sdk';
import {
  AvailabilityDocument,
  CalendarDocument,
  CreateCheckoutDocument,
  ReserveSlotDocument,
  WidgetConfigDocument,
} from '@slotkit/sdk/generated';

const url = process.argv[2];
const slotkit = createSlotkitClient({ url: `${url}/graphql` });
const { widgetConfig } = await slotkit.query(WidgetConfigDocument, { embedKey: 'demo-mystery-manor' });
const activity = widgetConfig.activities.find((a) => a.maxParty >= 2);
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const { calendar } = await slotkit.query(CalendarDocument, { activityId: activity.id, from: day(1), to: day(60) });
const open = calendar.find((d) => d.status === 'AVAILABLE');
const { availability } = await slotkit.query(AvailabilityDocument, { activityId: activity.id, date: open.date });
const session = availability.find((s) => s.capacityRemaining >= 2);
const adult = activity.prices.find((p) => p.tier === 'ADULT');
const { reserveSlot } = await slotkit.mutate(ReserveSlotDocument, {
  input: {
    sessionId: session.id,
    tickets: [{ priceId: adult.id, quantity: 2 }],
    email: 'ana@example.com',
    idempotencyKey: `packages-e2e-${Date.now()}`,
    waiverAccepted: true,
    minAgeAccepted: true,
  },
});
const { createCheckout } = await slotkit.mutate(CreateCheckoutDocument, {
  input: {
    reservationId: reserveSlot.id,
    customer: { name: 'Ana', email: 'ana@example.com' },
    successUrl: 'http://localhost:5173/thanks',
    cancelUrl: 'http://localhost:5173/',
  },
});
let unknown;
try {
  await slotkit.query(AvailabilityDocument, { activityId: '00000000-0000-4000-8000-000000000000', date: open.date });
} catch (err) {
  unknown = { name: err.name, code: err.code };
}
process.stdout.write(`${JSON.stringify({ reserveSlot, adultPrice: adult.amountCents, createCheckout, unknown })}\n`);
