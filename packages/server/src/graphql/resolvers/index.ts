import { DateScalar, DateTimeScalar } from '../scalars.ts';
import { adminAlertsResolvers } from './admin-alerts.ts';
import { adminBookingsResolvers } from './admin-bookings.ts';
import { adminCatalogResolvers } from './admin-catalog.ts';
import { adminOrganizationResolvers } from './admin-organization.ts';
import { adminPreviewResolvers } from './admin-previews.ts';
import { bookingChangeResolvers } from './booking-changes.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { managedBookingResolvers } from './managed-bookings.ts';
import { mergeResolvers } from './merge.ts';
import { paymentResolvers } from './payments.ts';
import { promoCodeResolvers } from './promo-codes.ts';
import { reservationResolvers } from './reservations.ts';
import { scheduleAdminResolvers } from './schedule-admin.ts';
import { scheduleResolvers } from './schedule.ts';
import { subscriptionResolvers } from './subscriptions.ts';
import { waitlistResolvers } from './waitlist.ts';
import { widgetConfigResolvers } from './widget-config.ts';

/** Every area adds its resolver map here; resolvers stay thin and call one domain function each. */
export const resolvers: Resolvers = mergeResolvers([
  { Date: DateScalar, DateTime: DateTimeScalar },
  widgetConfigResolvers,
  adminOrganizationResolvers,
  adminCatalogResolvers,
  adminBookingsResolvers,
  reservationResolvers,
  subscriptionResolvers,
  paymentResolvers,
  scheduleResolvers,
  scheduleAdminResolvers,
  adminAlertsResolvers,
  adminPreviewResolvers,
  bookingChangeResolvers,
  managedBookingResolvers,
  promoCodeResolvers,
  waitlistResolvers,
]);
