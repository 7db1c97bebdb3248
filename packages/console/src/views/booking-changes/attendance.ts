// Check-in and no-show from the booking detail and the dashboard manifest: each opens the confirm dialog
// saying exactly what is recorded, and sends nothing until confirmed.
import { CheckInBookingDocument, MarkNoShowDocument } from '@slotkit/sdk';
import type { ConsoleContext } from '../../shell/context.ts';
import { formatDateTime } from '../../ui/format.ts';
import { c } from './text.ts';

export interface AttendanceTarget {
  readonly id: string;
  readonly bookingNumber: string;
  readonly partySize: number;
  readonly customer: { readonly name?: string | null; readonly email: string };
  readonly startsAt: string;
  readonly zone: string;
}

/** Confirms, then records the attendance; the notice to show, or null when the user went back. */
export async function changeAttendance(
  ctx: ConsoleContext,
  b: AttendanceTarget,
  kind: 'checkIn' | 'noShow',
): Promise<string | null> {
  const vars = {
    number: b.bookingNumber,
    customer: b.customer.name || b.customer.email,
    party: c('party', { n: b.partySize }),
    when: formatDateTime(b.startsAt, b.zone),
  };
  const ok = await ctx.confirm({
    title: c(kind === 'checkIn' ? 'checkInTitle' : 'noShowTitle', vars),
    message: c(kind === 'checkIn' ? 'checkInMessage' : 'noShowMessage', vars),
    confirmLabel: c(kind),
    tone: kind === 'checkIn' ? 'primary' : 'danger',
  });
  if (!ok) return null;
  if (kind === 'checkIn') await ctx.client.mutate(CheckInBookingDocument, { id: b.id });
  else await ctx.client.mutate(MarkNoShowDocument, { id: b.id });
  return c(kind === 'checkIn' ? 'checkedIn' : 'markedNoShow', vars);
}
