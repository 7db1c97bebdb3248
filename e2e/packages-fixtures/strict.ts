// Compiled by the scratch project's own tsc with --strict --module nodenext and no other flag.
import { createSlotkitClient, isSlotkitError, SlotkitError, type ResultOf } from '@slotkit/sdk';
import { ReserveSlotDocument, WidgetConfigDocument } from '@slotkit/sdk/generated';
import { BookingWidget, type SlotkitBookedDetail } from '@slotkit/widget';

const slotkit = createSlotkitClient({ url: 'http://localhost:4000/graphql' });
const config: ResultOf<typeof WidgetConfigDocument> = await slotkit.query(WidgetConfigDocument, { embedKey: 'x' });
const prices: number[] = config.widgetConfig.activities.flatMap((a) => a.prices.map((p) => p.amountCents));

// A ticket by price id alone compiles: the tier is optional.
const { reserveSlot } = await slotkit.mutate(ReserveSlotDocument, {
  input: { sessionId: 's', tickets: [{ priceId: 'p', quantity: 1 }], email: 'a@b.c', idempotencyKey: 'k' },
});
if (reserveSlot.__typename === 'Reservation') console.log(reserveSlot.expiresAt.toUpperCase());

// @ts-expect-error -- a query's variables are checked
await slotkit.query(WidgetConfigDocument, { embedKey: 42 });

try {
  console.log(prices);
} catch (err) {
  if (isSlotkitError(err, 'RATE_LIMITED')) console.log(err.code satisfies string);
  if (err instanceof SlotkitError) console.log(err.status);
}

// The element and its events are typed through the DOM maps.
const widget: BookingWidget = document.createElement('booking-widget');
widget.embedKey = 'demo-mystery-manor';
widget.addEventListener('slotkit-booked', (event) => {
  const detail: SlotkitBookedDetail = event.detail;
  console.log(detail.bookingNumber.length);
});
// @ts-expect-error -- theme is 'light' | 'dark'
widget.theme = 'blue';
