// Export CSV of the current filter, built in the browser from the same paged
// admin API the table reads (100 a page): no second code path on the server,
// the key stays in the Authorization header (never in a download URL), and the
// file holds exactly what the filters show.
import { BookingsDocument, type BookingFilter, type BookingsQuery, type SlotkitClient } from '@slotkit/sdk';
import { downloadCsv, toCsv } from '../ui/csv.ts';

const HEADER = [
  'booking_number',
  'status',
  'customer_name',
  'customer_email',
  'activity',
  'date',
  'time',
  'party_size',
  'total',
  'currency',
  'booked_at',
];

/** Downloads every booking matching `filter` as bookings-<date>.csv; resolves with how many rows. */
export async function exportBookingsCsv(client: SlotkitClient, filter: BookingFilter): Promise<number> {
  const rows: (string | number)[][] = [];
  let after: string | null = null;
  for (;;) {
    const { bookings }: BookingsQuery = await client.query(BookingsDocument, { filter, first: 100, after });
    for (const b of bookings.nodes)
      rows.push([
        b.bookingNumber,
        b.status.toLowerCase(),
        b.customer.name ?? '',
        b.customer.email,
        b.activityName,
        b.session.localDate,
        b.session.localStartTime,
        b.partySize,
        (b.totalCents / 100).toFixed(2),
        b.currency.toUpperCase(),
        b.createdAt,
      ]);
    if (!bookings.pageInfo.hasNextPage || !bookings.pageInfo.endCursor) break;
    after = bookings.pageInfo.endCursor;
  }
  downloadCsv(`bookings-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(HEADER, rows));
  return rows.length;
}
