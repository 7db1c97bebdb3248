// The two destructive jobs of the Sessions view. Each asks the server's dry run
// first (previewBlockDate / previewCancelSession), shows exactly what will happen
// in the shared confirm dialog, and sends the write only once confirmed.
import {
  BlockDateDocument,
  CancelSessionDocument,
  PreviewBlockDateDocument,
  PreviewCancelSessionDocument,
  type SessionsQuery,
} from '@slotkit/sdk/generated';
import { html } from 'lit';
import type { ConsoleContext } from '../../shell/context.ts';
import { formatLocalDate, formatMoney } from '../../ui/format.ts';
import { t } from './messages.ts';

export type AdminSession = SessionsQuery['sessions'][number];

export interface ActionTarget {
  readonly ctx: ConsoleContext;
  readonly activityId: string;
  readonly activityName: string;
}

/** Blocks `date` after the dialog said what closes and what stays; true when it was blocked. */
export async function blockDateFlow(target: ActionTarget, date: string, reason: string): Promise<boolean> {
  const { ctx, activityId, activityName } = target;
  const { previewBlockDate: p } = await ctx.client.query(PreviewBlockDateDocument, { activityId, date });
  const day = formatLocalDate(date, 'long');
  const times = p.sessionsToClose.map((s) => s.localStartTime).join(', ');
  const message = html`
    <p>${reason ? t('blockSummary', { date: day, reason }) : t('blockSummaryNoReason', { date: day })}</p>
    ${p.alreadyBlocked ? html`<p>${t('blockAlready', { reason: p.currentReason ?? '' })}</p>` : ''}
    <p>
      ${p.sessionsToClose.length ? t('blockCloses', { count: p.sessionsToClose.length, times }) : t('blockClosesNone')}
    </p>
    ${p.liveHolds ? html`<p>${t('blockHolds', { count: p.liveHolds })}</p>` : ''}
    ${
      p.bookings.length
        ? html`<p>${t('blockBookings')}</p>
            <ul>
              ${p.bookings.map(
                (b) =>
                  html`<li>
                    ${b.bookingNumber} · ${b.session.localStartTime} · ${b.customer.name ?? b.customer.email}
                    (${b.customer.email}) · ${t('partySize', { count: b.partySize })}
                  </li>`,
              )}
            </ul>`
        : ''
    }
  `;
  const confirmed = await ctx.confirm({
    title: t('confirmBlockTitle', { date: day, activity: activityName }),
    message,
    confirmLabel: t('confirmBlockLabel'),
  });
  if (!confirmed) return false;
  // force: the dialog has listed the holds and bookings that stay, and the user confirmed.
  await ctx.client.mutate(BlockDateDocument, { activityId, date, reason: reason || null, force: true });
  ctx.notify(t('blocked_done', { date: day }));
  return true;
}

/** Cancels a session after the dialog listed every booking it ends and every refund; true when cancelled. */
export async function cancelSessionFlow(
  target: ActionTarget,
  session: AdminSession,
  refund: boolean,
  currency: string,
): Promise<boolean> {
  const { ctx, activityName } = target;
  const { previewCancelSession: p } = await ctx.client.query(PreviewCancelSessionDocument, {
    id: session.id,
    refund,
  });
  const date = formatLocalDate(session.localDate, 'long');
  const time = session.localStartTime;
  const refundTotal = p.bookings.reduce((sum, b) => sum + b.refundCents, 0);
  const refundCurrency = p.bookings.find((b) => b.refundCents > 0)?.currency ?? currency;
  const message = html`
    <p>${t('cancelSummary', { activity: activityName, time, date })}</p>
    ${p.releasedHolds ? html`<p>${t('cancelHolds', { count: p.releasedHolds })}</p>` : ''}
    ${
      p.bookings.length
        ? html`<p>${t('cancelBookings')}</p>
            <ul>
              ${p.bookings.map(
                (b) =>
                  html`<li>
                    ${b.booking.bookingNumber} · ${t('partySize', { count: b.booking.partySize })} ·
                    ${
                      b.refundCents > 0
                        ? t('refundTo', { amount: formatMoney(b.refundCents, b.currency), email: b.email })
                        : t('noRefund', { email: b.email })
                    }
                  </li>`,
              )}
            </ul>`
        : html`<p>${t('cancelNoBookings')}</p>`
    }
  `;
  const confirmed = await ctx.confirm({
    title: t('confirmCancelTitle', { time, date }),
    message,
    confirmLabel:
      refundTotal > 0
        ? t('confirmCancelRefundLabel', { amount: formatMoney(refundTotal, refundCurrency) })
        : t('confirmCancelLabel'),
  });
  if (!confirmed) return false;
  const { cancelSession } = await ctx.client.mutate(CancelSessionDocument, { id: session.id, refund });
  ctx.notify(t('cancelled_done', { count: cancelSession.affectedBookings.length }));
  return true;
}
