// The console's ready operations: one GraphiQL tab each, in this order. The
// documents come from the SDK's admin.graphql (one source for console and
// SDK); only the example variables live here. After sign-in the page fills
// "$TODAY", "$VENUE_ID" and "$BOOKING_ID" from the organization's own data.

const everyDay = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** @type {ReadonlyArray<{ operation: string, variables?: Record<string, unknown> }>} */
export const readyOperations = [
  { operation: 'Venues' },
  {
    operation: 'CreateActivity',
    variables: {
      input: {
        venueId: '$VENUE_ID',
        name: 'Sunset Kayak Tour',
        description: 'Two hours on the bay at golden hour.',
        durationMinutes: 120,
        capacity: 12,
        minParty: 1,
        maxParty: 6,
        schedule: {
          operatingDays: everyDay,
          startTime: '16:00',
          endTime: '20:00',
          slotInterval: 120,
          advanceBooking: 30,
          customHoursEnabled: true,
          customHours: [{ day: 'Saturday', enabled: true, startTime: '14:00', endTime: '20:00' }],
          blockedDates: [],
          minAge: 8,
          requiresWaiver: true,
        },
        prices: [
          { tier: 'ADULT', name: 'Adult', amountCents: 6500 },
          { tier: 'CHILD', name: 'Child (8–15)', amountCents: 4000 },
          { tier: 'CUSTOM', name: 'Student', amountCents: 5000, slug: 'student' },
        ],
      },
    },
  },
  { operation: 'TodaysBookings', variables: { today: '$TODAY' } },
  { operation: 'CancelBooking', variables: { id: '$BOOKING_ID', refund: true } },
  { operation: 'WeeklyBookingsTrend', variables: { venueId: '$VENUE_ID' } },
  { operation: 'UpcomingBookings', variables: { limit: 10 } },
  { operation: 'Booking', variables: { bookingNumber: 'SK-XXXXXX' } },
];
