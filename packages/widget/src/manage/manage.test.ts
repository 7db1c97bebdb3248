import { expect } from '@open-wc/testing';
import {
  AvailabilityDocument,
  CalendarDocument,
  CancelManagedBookingDocument as GeneratedCancel,
  ManagedBookingDocument as GeneratedManaged,
  RescheduleManagedBookingDocument as GeneratedReschedule,
} from '@slotkit/sdk/generated';
import { FakeApi, GqlError, session, VENUE_TZ } from '../test/fake-api.ts';
import { buttonByText, day, mount, q, qa, text, until } from '../test/helpers.ts';
import * as docs from './manage-documents.ts';

/** A booking as managedBooking answers it: Wed 2026-03-11 10:00 in New York, 3 people, $75 paid. */
function managed(overrides: Record<string, unknown> = {}) {
  return {
    bookingNumber: 'SK-7Q2M',
    status: 'CONFIRMED',
    partySize: 3,
    totalCents: 7500,
    currency: 'usd',
    amountDueCents: 0,
    sessionId: 's-10',
    activityId: 'act-1',
    activityName: 'Escape the Lab',
    startsAt: '2026-03-11T14:00:00Z',
    endsAt: '2026-03-11T15:00:00Z',
    localDate: '2026-03-11',
    venue: {
      id: 'venue-1',
      name: 'Puzzle House',
      timezone: VENUE_TZ,
      address: '1 Puzzle Lane',
      theme: { mode: 'light', accentColor: null, radiusPx: 6, fontFamily: null },
    },
    canCancel: true,
    refundCentsIfCancelled: 7500,
    canReschedule: true,
    cancellation: { allowed: true, freeUntilHours: 24, refundPercentAfter: 50 },
    reschedule: { allowed: true, untilHours: 12 },
    ...overrides,
  };
}

function manageApi(booking = managed()) {
  const api = new FakeApi();
  let current: Record<string, unknown> = booking;
  api.handlers.ManagedBooking = (v) => (v.token === 'tok' ? { managedBooking: current } : new GqlError('NOT_FOUND'));
  api.handlers.CancelManagedBooking = () => {
    current = { ...current, status: 'REFUNDED', canCancel: false, canReschedule: false };
    return { cancelManagedBooking: current };
  };
  api.handlers.RescheduleManagedBooking = (v) => {
    current = { ...current, sessionId: v.sessionId, startsAt: '2026-03-15T13:00:00Z', localDate: '2026-03-15' };
    return { rescheduleManagedBooking: current };
  };
  api.handlers.Availability = (v) => ({
    availability:
      v.date === '2026-03-15'
        ? [session('s-9', '09:00', 5, '2026-03-15'), session('s-12', '12:00', 2, '2026-03-15')]
        : v.date === '2026-03-11'
          ? [session('s-10', '10:00', 5)]
          : [],
  });
  return api;
}

const mountManage = (api = manageApi(), token = 'tok') => mount({ 'manage-token': token }, api);

describe('<booking-widget manage-token> (manage mode)', () => {
  it('should show the booking, its policy and the changes allowed now', async () => {
    const m = await mountManage();
    await until(() => text(m.el).includes('Booking SK-7Q2M'), 'the booking');
    const shown = text(m.el);
    expect(shown).to.include('Escape the Lab');
    expect(shown).to.include('Wednesday, March 11, 2026, 10:00 AM');
    expect(shown).to.include('$75.00');
    expect(shown).to.include('Free cancellation until 24 h before the start; after that 50% comes back.');
    expect(shown).to.include('You can change the time until 12 h before the start.');
    expect(buttonByText(m.el, 'Change date or time'), 'reschedule offered').to.not.equal(undefined);
    expect(buttonByText(m.el, 'Cancel booking'), 'cancel offered').to.not.equal(undefined);
    expect(m.api.ops('ManagedBooking')[0]!.variables).to.deep.equal({ token: 'tok' });
    expect(m.api.ops('WidgetConfig')).to.have.length(0, 'manage mode loads no booking flow');
    await expect(m.el).to.be.accessible();
  });

  it('should cancel only after saying what comes back, and keep the booking on "Keep my booking"', async () => {
    const m = await mountManage();
    await until(() => buttonByText(m.el, 'Cancel booking'));
    buttonByText(m.el, 'Cancel booking')!.click();
    await until(() => text(m.el).includes('Cancel booking SK-7Q2M?'));
    expect(text(m.el)).to.include('You get the full $75.00 back.');
    await expect(m.el).to.be.accessible();
    buttonByText(m.el, 'Keep my booking')!.click();
    await until(() => buttonByText(m.el, 'Change date or time'));
    expect(m.api.ops('CancelManagedBooking')).to.have.length(0);

    buttonByText(m.el, 'Cancel booking')!.click();
    await until(() => buttonByText(m.el, 'Yes, cancel my booking'));
    buttonByText(m.el, 'Yes, cancel my booking')!.click();
    await until(() => text(m.el).includes('Your booking is cancelled.'));
    expect(m.api.ops('CancelManagedBooking')[0]!.variables).to.deep.equal({ token: 'tok' });
    expect(text(m.el)).to.include('Cancelled and refunded');
    expect(buttonByText(m.el, 'Cancel booking')).to.equal(undefined);
  });

  it('should state a partial refund, and none for an unpaid booking, whose pay link it shows', async () => {
    const partial = await mountManage(manageApi(managed({ refundCentsIfCancelled: 3750 })));
    await until(() => buttonByText(partial.el, 'Cancel booking'));
    buttonByText(partial.el, 'Cancel booking')!.click();
    await until(() => text(partial.el).includes('You get $37.50 of $75.00 back.'));

    const unpaid = await mountManage(manageApi(managed({ amountDueCents: 7500, refundCentsIfCancelled: 0 })));
    await until(() => text(unpaid.el).includes('Amount due: $75.00'));
    const pay = q<HTMLAnchorElement>(unpaid.el, '.due a')!;
    expect(pay.textContent.trim()).to.equal('Pay $75.00');
    expect(pay.href).to.equal('https://api.test/pay/tok');
    buttonByText(unpaid.el, 'Cancel booking')!.click();
    await until(() => text(unpaid.el).includes('Nothing has been paid, so nothing is refunded.'));
  });

  it('should thank a customer back from the pay link while the payment is still being confirmed', async () => {
    const page = location.href;
    history.replaceState(null, '', `${location.pathname}?paid=1`);
    try {
      const m = await mountManage(manageApi(managed({ amountDueCents: 7500 })));
      await until(() => text(m.el).includes('Thank you: your payment is being confirmed.'));
      const paid = await mountManage(manageApi(managed()));
      await until(() => text(paid.el).includes('Booking SK-7Q2M'));
      expect(text(paid.el)).to.not.include('being confirmed', 'nothing due: nothing to confirm');
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('should reschedule on the same activity calendar to a time with room, after confirming both times', async () => {
    const m = await mountManage();
    await until(() => buttonByText(m.el, 'Change date or time'));
    buttonByText(m.el, 'Change date or time')!.click();
    await until(() => day(m.el, '2026-03-15')?.classList.contains('ok'), 'the calendar');
    expect(m.api.ops('Calendar')[0]!.variables).to.deep.include({ activityId: 'act-1', from: '2026-03-09' });
    day(m.el, '2026-03-15')!.click();
    await until(() => qa(m.el, '.slot').length === 2, 'the times of March 15');
    const [nine, noon] = qa(m.el, '.slot');
    expect(noon!.getAttribute('aria-disabled')).to.equal('true', '2 left cannot take a party of 3');
    noon!.click();
    await m.el.updateComplete;
    expect(buttonByText(m.el, 'Move my booking')).to.equal(undefined);
    nine!.click();
    await until(() => buttonByText(m.el, 'Move my booking'));
    expect(text(m.el)).to.include('Move from Wednesday, March 11, 2026, 10:00 AM to Sunday, March 15, 2026, 9:00 AM?');
    await expect(m.el).to.be.accessible();
    expect(m.api.ops('RescheduleManagedBooking')).to.have.length(0, 'nothing sent before confirming');
    buttonByText(m.el, 'Move my booking')!.click();
    await until(() => text(m.el).includes('Done: your booking is now on Sunday, March 15, 2026, 9:00 AM.'));
    expect(m.api.ops('RescheduleManagedBooking')[0]!.variables).to.deep.equal({ token: 'tok', sessionId: 's-9' });
  });

  it('should leave out the current session from the new times', async () => {
    const m = await mountManage();
    await until(() => buttonByText(m.el, 'Change date or time'));
    buttonByText(m.el, 'Change date or time')!.click();
    await until(() => day(m.el, '2026-03-11')?.classList.contains('ok'));
    day(m.el, '2026-03-11')!.click();
    await until(() => text(m.el).includes('No other time with room for 3 on this day.'));
  });

  it('should say when nothing can change online, and when a link matches no booking', async () => {
    const fixed = await mountManage(manageApi(managed({ canCancel: false, canReschedule: false })));
    await until(() => text(fixed.el).includes('This booking can no longer be changed online.'));
    expect(buttonByText(fixed.el, 'Cancel booking')).to.equal(undefined);
    const unknown = await mountManage(manageApi(), 'other');
    await until(() => text(unknown.el).includes('This link does not match a booking.'));
  });

  it("should send the SDK's own documents (the chunk's copies match the generated ones)", () => {
    expect(String(docs.ManagedBookingDocument)).to.equal(String(GeneratedManaged));
    expect(String(docs.CancelManagedBookingDocument)).to.equal(String(GeneratedCancel));
    expect(String(docs.RescheduleManagedBookingDocument)).to.equal(String(GeneratedReschedule));
    expect(String(docs.CalendarDocument)).to.equal(String(CalendarDocument));
    expect(String(docs.AvailabilityDocument)).to.equal(String(AvailabilityDocument));
  });
});
