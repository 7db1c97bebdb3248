import type { ApiKey, Organization } from '../db/schema/index.ts';
import type { ActivityWithPrices } from '../domain/admin/activities-query.ts';
import type { ActivityChangeView } from '../domain/admin/activity-service.ts';
import type { AdminBookingView } from '../domain/bookings/query.ts';
import type { AdminSessionView } from '../domain/schedule/sessions-view.ts';
import type { VenueWithActivities } from '../domain/admin/venues.ts';
import type * as G from './generated/resolvers-types.ts';
import { toNames, toPricePer, toPriceTier, toSchedule, toTheme } from './mappers.ts';

/** Admin rows → GraphQL shapes. Enums are upper-case in the API, lower-case in the database. */
const upper = <T extends string>(s: string) => s.toUpperCase() as T;

export const toOrganization = (o: Organization): G.Organization => ({ id: o.id, name: o.name, status: o.status });

export const toApiKey = (k: ApiKey): G.ApiKey => ({
  id: k.id,
  label: k.label,
  createdAt: k.createdAt.toISOString(),
  revokedAt: k.revokedAt?.toISOString() ?? null,
});

export function toAdminActivity(a: ActivityWithPrices): G.AdminActivity {
  return {
    id: a.id,
    venueId: a.venueId,
    name: a.name,
    description: a.description,
    imageUrl: a.imageUrl,
    durationMinutes: a.durationMinutes,
    capacity: a.capacity,
    minParty: a.minParty,
    maxParty: a.maxParty,
    status: upper<G.ActivityStatus>(a.status),
    schedule: toSchedule(a.settings),
    stripeProductId: a.stripeProductId,
    prices: a.prices.map((p) => ({
      id: p.id,
      tier: toPriceTier(p.tier),
      name: p.name,
      amountCents: p.amountCents,
      currency: p.currency,
      lookupKey: p.lookupKey,
      stripePriceId: p.stripePriceId,
      active: p.active,
      names: toNames(p.names),
      per: toPricePer(p.per),
    })),
  };
}

export function toAdminVenue(v: VenueWithActivities): G.AdminVenue {
  return {
    id: v.id,
    name: v.name,
    embedKey: v.embedKey,
    timezone: v.timezone,
    currency: v.currency,
    allowedOrigins: v.allowedOrigins,
    theme: toTheme(v.theme),
    waiverUrl: v.waiverUrl,
    address: v.address,
    activities: v.activities.map(toAdminActivity),
  };
}

export function toAdminSession(view: AdminSessionView): G.AdminSession {
  const s = view.session;
  return {
    id: s.id,
    activityId: s.activityId,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    localDate: s.localDate,
    localStartTime: view.localStartTime,
    capacityTotal: s.capacityTotal,
    capacityRemaining: s.capacityRemaining,
    status: upper<G.SessionStatus>(s.status),
    heldCount: view.heldSeats,
    confirmedCount: view.confirmedSeats,
    waitlistCount: view.waitlistCount,
  };
}

/**
 * The booking's own fields. `emails` and `history` are field resolvers (admin-bookings.ts) that read the
 * outbox only when a query asks for them, so they are absent here (the generated type nests full objects).
 */
export function toAdminBooking(view: AdminBookingView): G.AdminBooking {
  const b = view.booking;
  const fields: Omit<G.AdminBooking, 'emails' | 'history' | 'promoCode'> = {
    id: b.id,
    bookingNumber: b.bookingNumber,
    status: upper<G.BookingStatus>(b.status),
    partySize: b.partySize,
    totalCents: b.totalCents,
    currency: b.currency,
    discountCents: b.discountCents,
    lineItems: b.lineItems.map((l) => ({ ...l, tier: toPriceTier(l.tier) })),
    customer: {
      id: view.customer.id,
      email: view.customer.email,
      name: view.customer.name,
      phone: view.customer.phone,
    },
    session: toAdminSession(view.session),
    activityName: view.activityName,
    waiverAccepted: b.waiverAccepted,
    minAgeAccepted: b.minAgeAccepted,
    locale: b.locale,
    attendance: upper<G.Attendance>(b.attendance),
    payment: upper<G.BookingPayment>(b.payment),
    stripeCheckoutSessionId: b.stripeCheckoutSessionId,
    stripePaymentIntentId: b.stripePaymentIntentId,
    createdAt: b.createdAt.toISOString(),
    cancelledAt: b.cancelledAt?.toISOString() ?? null,
  };
  return fields as G.AdminBooking;
}

export const toActivityChange = (c: ActivityChangeView): G.ActivityChange => ({
  activity: toAdminActivity(c.activity),
  sessionsCreated: c.sessionsCreated,
  sessionsRemoved: c.sessionsRemoved,
  keptSessions: c.keptSessions.map(toAdminSession),
});
