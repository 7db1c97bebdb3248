import {
  AvailabilityDocument,
  CalendarDocument,
  CreateCheckoutDocument,
  createSlotkitClient,
  ReserveSlotDocument,
  WidgetConfigDocument,
} from '../../packages/sdk/src/index.ts';

export interface MadeBooking {
  readonly email: string;
  readonly name: string;
  readonly checkoutSessionId: string;
  readonly activityName: string;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A paid booking made the way a customer makes one (hold → Checkout → the local test checkout's Pay,
 * which signs and delivers the webhook), on the first bookable date of the venue's `activityIndex`-th
 * activity: never a fixed date, so it works on any day and in any season.
 */
export async function bookThroughCheckout(
  url: string,
  customer: { email: string; name: string; adults?: number; activityIndex?: number },
): Promise<MadeBooking> {
  const client = createSlotkitClient({ url: `${url}/graphql` });
  const { widgetConfig } = await client.query(WidgetConfigDocument, { embedKey: 'demo-mystery-manor' });
  const activity = widgetConfig.activities[customer.activityIndex ?? 0]!;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: widgetConfig.venue.timezone }).format(new Date());
  const { calendar } = await client.query(CalendarDocument, {
    activityId: activity.id,
    from: today,
    to: addDays(today, 30),
  });
  for (const day of calendar.filter((d) => d.status === 'AVAILABLE')) {
    const { availability } = await client.query(AvailabilityDocument, { activityId: activity.id, date: day.date });
    const session = availability.find((s) => s.capacityRemaining >= (customer.adults ?? 2));
    if (!session) continue;
    const { reserveSlot } = await client.mutate(ReserveSlotDocument, {
      input: {
        sessionId: session.id,
        tickets: [{ tier: 'ADULT', quantity: customer.adults ?? 2 }],
        email: customer.email,
        idempotencyKey: `e2e-${customer.email}-${Date.now()}`,
        waiverAccepted: true,
        minAgeAccepted: true,
      },
    });
    if (reserveSlot.__typename !== 'Reservation') throw new Error(`hold refused: ${JSON.stringify(reserveSlot)}`);
    const { createCheckout } = await client.mutate(CreateCheckoutDocument, {
      input: {
        reservationId: reserveSlot.id,
        customer: { email: customer.email, name: customer.name },
        successUrl: `${url}/demo?paid={CHECKOUT_SESSION_ID}`,
        cancelUrl: `${url}/demo`,
      },
    });
    const paid = await fetch(new URL(`${new URL(createCheckout.url).pathname}/pay`, url), {
      method: 'POST',
      redirect: 'manual',
    });
    if (paid.status !== 303) throw new Error(`test checkout answered ${paid.status}: ${await paid.text()}`);
    return { ...customer, checkoutSessionId: createCheckout.checkoutSessionId, activityName: activity.name };
  }
  throw new Error(`no bookable session for ${activity.name} in the next 30 days`);
}
