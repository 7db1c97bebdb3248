// One booking: visit, customer, tickets, payment, emails and history, with the
// actions staff take — cancel with or without a refund (through the confirm
// dialog, which states the amount and the email), resend the confirmation, check in,
// mark a no-show and reschedule (booking-changes/, each through the dialog too).
import {
  BookingDetailDocument,
  CancelBookingDocument,
  ResendConfirmationDocument,
  type BookingDetailQuery,
} from '@slotkit/sdk';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { errorMessage } from '../ui/errors.ts';
import { formatDateTime, formatLocalDate, formatMoney } from '../ui/format.ts';
import { Load, renderLoad } from '../ui/load.ts';
import { ConsoleView } from '../ui/view.ts';
import { changeAttendance } from './booking-changes/attendance.ts';
import './booking-changes/reschedule-form.ts';
import { c } from './booking-changes/text.ts';
import { d } from './booking-detail-text.ts';
import { detailStyles } from './booking-detail.styles.ts';
import { statusTone, t } from './bookings-text.ts';

type Booking = NonNullable<BookingDetailQuery['booking']>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@customElement('console-booking-detail')
export class ConsoleBookingDetail extends ConsoleView {
  static override styles = [...ConsoleView.styles, detailStyles];

  /** The booking's id or its booking number (both work in `#/bookings/<reference>`). */
  @property() reference = '';
  @state() private busy = false;
  @state() private actionError = '';
  private data = new Load<Booking | null>(this);

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('reference') && this.reference) this.load();
  }

  private load(): void {
    const vars = UUID.test(this.reference) ? { id: this.reference } : { bookingNumber: this.reference };
    void this.data.load(async () => (await this.ctx.client.query(BookingDetailDocument, vars)).booking ?? null);
  }

  override render() {
    const b = this.data.value;
    return html`<a class="back" href="#/bookings">← ${d('back')}</a>
      <h1>${b ? d('booking', { number: b.bookingNumber }) : t('title')}</h1>
      ${renderLoad(this.data, { isEmpty: (v) => v === null, ready: (v) => this.renderBooking(v!) })}`;
  }

  private renderBooking(b: Booking) {
    const venue = this.ctx.venueOfActivity(b.session.activityId);
    const zone = venue?.timezone ?? 'UTC';
    const money = (c: number) => formatMoney(c, b.currency);
    return html`<p class="lede">
        <span class="badge ${statusTone[b.status]}">${t(b.status)}</span>
        ${b.attendance !== 'EXPECTED' ? html`<span class="badge">${c(b.attendance)}</span>` : nothing} ${b.activityName}
        · ${formatLocalDate(b.session.localDate, 'long')} · ${b.session.localStartTime}
      </p>
      ${this.renderActions(b)}
      <div class="columns">
        <section class="card" aria-labelledby="visit">
          <h2 id="visit">${d('visit')}</h2>
          <dl>
            <dt>${t('activity')}</dt>
            <dd>${b.activityName}${venue ? html` · ${venue.name}` : nothing}</dd>
            <dt>${t('when')}</dt>
            <dd>${formatDateTime(b.session.startsAt, zone)} <span class="muted">(${zone})</span></dd>
            <dt>${t('party')}</dt>
            <dd>${b.partySize}</dd>
          </dl>
          <p class="muted small">
            ${d('bookedAt', { when: formatDateTime(b.createdAt, zone) })}
            ${b.waiverAccepted ? html` · ${d('waiver')}` : nothing}
            ${b.minAgeAccepted ? html` · ${d('minAge')}` : nothing} · ${d('language', { locale: b.locale })}
          </p>
        </section>
        <section class="card" aria-labelledby="customer">
          <h2 id="customer">${d('customer')}</h2>
          <dl>
            ${
              b.customer.name
                ? html`<dt>${d('customer')}</dt>
                    <dd>${b.customer.name}</dd>`
                : nothing
            }
            <dt>${d('email')}</dt>
            <dd><a href="mailto:${b.customer.email}">${b.customer.email}</a></dd>
            ${
              b.customer.phone
                ? html`<dt>${d('phone')}</dt>
                    <dd>${b.customer.phone}</dd>`
                : nothing
            }
          </dl>
        </section>
        <section class="card wide" aria-labelledby="tickets">
          <h2 id="tickets">${d('tickets')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">${d('ticket')}</th>
                <th scope="col" class="num">${d('qty')}</th>
                <th scope="col" class="num">${d('unit')}</th>
                <th scope="col" class="num">${d('amount')}</th>
              </tr>
            </thead>
            <tbody>
              ${b.lineItems.map(
                (l) =>
                  html`<tr>
                    <td>${l.name}</td>
                    <td class="num">${l.quantity}</td>
                    <td class="num">${money(l.unitAmountCents)}</td>
                    <td class="num">${money(l.totalCents)}</td>
                  </tr>`,
              )}
            </tbody>
            <tfoot>
              ${
                b.discountCents > 0
                  ? html`<tr>
                      <th scope="row" colspan="3">${d('discount', { code: b.promoCode ?? '' })}</th>
                      <td class="num">−${money(b.discountCents)}</td>
                    </tr>`
                  : nothing
              }
              <tr>
                <th scope="row" colspan="3">${d('total')}</th>
                <td class="num strong">${money(b.totalCents)}</td>
              </tr>
            </tfoot>
          </table>
        </section>
        <section class="card" aria-labelledby="payment">
          <h2 id="payment">${d('payment')}</h2>
          <p>
            ${paymentNote(b, money)}
            ${b.status === 'REFUNDED' ? html`<br /><span class="badge warn">${d('refundedNote')}</span>` : nothing}
          </p>
          <dl class="refs">
            ${
              b.stripePaymentIntentId
                ? html`<dt>${d('paymentIntent')}</dt>
                    <dd>${b.stripePaymentIntentId}</dd>`
                : nothing
            }
            ${
              b.stripeCheckoutSessionId
                ? html`<dt>${d('checkout')}</dt>
                    <dd>${b.stripeCheckoutSessionId}</dd>`
                : nothing
            }
          </dl>
        </section>
        ${
          b.status === 'CONFIRMED' && Date.parse(b.session.startsAt) > Date.now()
            ? html`<section class="card wide" aria-labelledby="reschedule">
                <h2 id="reschedule">${c('reschedule')}</h2>
                <console-reschedule-form
                  .ctx=${this.ctx}
                  .booking=${{
                    ...b,
                    activityId: b.session.activityId,
                    sessionId: b.session.id,
                    startsAt: b.session.startsAt,
                    localDate: b.session.localDate,
                    zone,
                  }}
                  @booking-changed=${() => this.load()}
                ></console-reschedule-form>
              </section>`
            : nothing
        }
        <section class="card" aria-labelledby="emails">
          <h2 id="emails">${d('emails')}</h2>
          ${
            b.emails.length === 0
              ? html`<p class="muted">${d('noEmails')}</p>`
              : html`<ul class="log">
                  ${b.emails.map(
                    (e) =>
                      html`<li>
                        <strong>${e.subject}</strong>
                        <span class="muted">
                          ${e.to} ·
                          ${
                            e.sentAt
                              ? d('sent', { when: formatDateTime(e.sentAt, zone) })
                              : e.lastError
                                ? d('failing', { attempts: e.attempts, error: e.lastError })
                                : d('queued')
                          }
                        </span>
                      </li>`,
                  )}
                </ul>`
          }
        </section>
        <section class="card wide" aria-labelledby="history">
          <h2 id="history">${d('history')}</h2>
          <ol class="timeline">
            ${b.history.map(
              (h) =>
                html`<li>
                  <span class="dot" aria-hidden="true"></span>
                  <span>${d(h.kind, { detail: h.detail ?? '' })}</span>
                  <time class="muted" datetime=${h.at}>${formatDateTime(h.at, zone)}</time>
                </li>`,
            )}
          </ol>
        </section>
      </div>`;
  }

  private renderActions(b: Booking) {
    if (b.status !== 'CONFIRMED') return nothing;
    return html`<div class="actions" role="group" aria-label=${d('actions')}>
        <button type="button" class="button" ?disabled=${this.busy} @click=${() => this.resend(b)}>
          ${d('resend')}
        </button>
        ${(['checkIn', 'noShow'] as const).map(
          (kind) =>
            html`<button type="button" class="button" ?disabled=${this.busy} @click=${() => this.attendance(b, kind)}>
              ${c(kind)}
            </button>`,
        )}
        ${
          b.stripePaymentIntentId && b.totalCents > 0
            ? html`<button
                type="button"
                class="button danger"
                ?disabled=${this.busy}
                @click=${() => this.cancel(b, true)}
              >
                ${d('cancelRefund')}
              </button>`
            : nothing
        }
        <button type="button" class="button danger" ?disabled=${this.busy} @click=${() => this.cancel(b, false)}>
          ${d('cancelOnly')}
        </button>
      </div>
      ${this.actionError ? html`<p class="state-error" role="alert">${this.actionError}</p>` : nothing}`;
  }

  /** Runs an action; its notice is shown and the booking re-read, unless it answers null (the user went back). */
  private async act(work: () => Promise<string | null>): Promise<void> {
    this.busy = true;
    this.actionError = '';
    try {
      const notice = await work();
      if (notice === null) return;
      this.ctx.notify(notice);
      this.load();
    } catch (err) {
      this.actionError = errorMessage(err);
    } finally {
      this.busy = false;
    }
  }

  private async attendance(b: Booking, kind: 'checkIn' | 'noShow'): Promise<void> {
    const zone = this.ctx.venueOfActivity(b.session.activityId)?.timezone ?? 'UTC';
    await this.act(() => changeAttendance(this.ctx, { ...b, startsAt: b.session.startsAt, zone }, kind));
  }

  private async resend(b: Booking): Promise<void> {
    await this.act(async () => {
      await this.ctx.client.mutate(ResendConfirmationDocument, { id: b.id });
      return d('resent', { email: b.customer.email });
    });
  }

  private async cancel(b: Booking, refund: boolean): Promise<void> {
    const vars = {
      number: b.bookingNumber,
      email: b.customer.email,
      amount: formatMoney(b.totalCents, b.currency),
      seats: d('seats', { n: b.partySize }),
    };
    const ok = await this.ctx.confirm({
      title: d('cancelTitle', vars),
      message: refund ? d('refundMessage', vars) : d('cancelMessage', vars),
      confirmLabel: refund ? d('confirmRefund', vars) : d('confirmCancel'),
    });
    if (!ok) return;
    await this.act(async () => {
      await this.ctx.client.mutate(CancelBookingDocument, { id: b.id, refund });
      return refund ? d('refunded', vars) : d('cancelled', vars);
    });
  }
}

/** How the booking was paid, in one sentence: online, at the desk, due (with its pay link) or nothing recorded. */
function paymentNote(b: Booking, money: (cents: number) => string): string {
  if (b.stripePaymentIntentId) return d('paidStripe');
  if (b.payment === 'PAID_OFFLINE') return d('paidOffline');
  if (b.payment === 'UNPAID') return d('unpaidDue', { amount: money(b.totalCents) });
  return d('noPayment');
}

declare global {
  interface HTMLElementTagNameMap {
    'console-booking-detail': ConsoleBookingDetail;
  }
}
