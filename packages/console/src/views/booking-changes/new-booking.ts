// `#/bookings/new`: a staff booking (createManualBooking) — session, tickets, customer, paid at the desk or
// not yet (the customer is then emailed a payment link). "Create booking…" opens the confirm dialog with
// exactly what will be booked and charged; nothing is sent before it is confirmed.
import {
  ActivityDocument,
  CreateManualBookingDocument,
  SessionsDocument,
  type ActivityQuery,
  type SessionsQuery,
} from '@slotkit/sdk';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { errorMessage } from '../../ui/errors.ts';
import { formatDateTime, formatMoney, localToday, ticketsCents } from '../../ui/format.ts';
import { Load, renderLoad } from '../../ui/load.ts';
import { email, fieldAria, fieldError, hasErrors, required, validate, type FieldErrors } from '../../ui/validate.ts';
import { ConsoleView } from '../../ui/view.ts';
import { n } from './new-booking-text.ts';

type Price = NonNullable<ActivityQuery['activity']>['prices'][number];
type Session = SessionsQuery['sessions'][number];

@customElement('console-new-booking')
export class ConsoleNewBooking extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      form {
        display: grid;
        gap: 16px;
        max-width: 720px;
      }
      .row {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
        gap: 12px;
      }
      input,
      select {
        width: 100%;
      }
      fieldset {
        border: 1px solid var(--sk-border);
        border-radius: 10px;
        padding: 12px 16px;
        margin: 0;
      }
      legend {
        font-weight: 650;
        padding: 0 4px;
      }
      .radio {
        display: flex;
        gap: 8px;
        align-items: center;
        font-weight: 500;
      }
      .radio input {
        width: auto;
      }
      .back {
        font-weight: 600;
        text-decoration: none;
      }
    `,
  ];

  @state() private activityId = '';
  @state() private date = '';
  @state() private sessionId = '';
  @state() private quantities: Record<string, number> = {};
  @state() private payment: 'PAID_OFFLINE' | 'UNPAID' = 'PAID_OFFLINE';
  @state() private errors: FieldErrors = {};
  @state() private busy = false;
  @state() private failure = '';
  private customer = { name: '', email: '', phone: '' };
  private prices = new Load<Price[]>(this);
  private sessions = new Load<Session[]>(this);

  private get activities() {
    return this.ctx.organization.venues.flatMap((v) => v.activities.filter((a) => a.status === 'ACTIVE'));
  }

  private get zone(): string {
    return this.ctx.venueOfActivity(this.activityId)?.timezone ?? 'UTC';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const first = this.activities[0];
    if (first) this.pickActivity(first.id);
  }

  private pickActivity(id: string): void {
    this.activityId = id;
    this.quantities = {};
    void this.prices.load(async () => {
      const { activity } = await this.ctx.client.query(ActivityDocument, { id });
      return (activity?.prices ?? []).filter((p) => p.active);
    });
    // Each venue has its own today: a new activity starts from its venue's.
    this.pickDate(localToday(this.zone));
  }

  private pickDate(date: string): void {
    this.date = date;
    this.sessionId = '';
    const activityId = this.activityId;
    void this.sessions.load(async () => {
      const { sessions } = await this.ctx.client.query(SessionsDocument, { activityId, from: date, to: date });
      const now = Date.now();
      const open = sessions.filter(
        (s) => s.status === 'OPEN' && s.capacityRemaining > 0 && Date.parse(s.startsAt) > now,
      );
      this.sessionId = open[0]?.id ?? '';
      return open;
    });
  }

  private setQuantity(priceId: string, value: string): void {
    this.quantities = { ...this.quantities, [priceId]: Math.max(0, Math.floor(Number(value)) || 0) };
  }

  override render() {
    const text = (e: Event) => (e.target as HTMLInputElement).value;
    const aria = (name: string) => fieldAria(this.errors, name);
    return html`<a class="back" href="#/bookings">← ${n('back')}</a>
      <h1>${n('title')}</h1>
      <p class="lede">${n('lede')}</p>
      <form class="card" novalidate @submit=${this.onSubmit}>
        <div class="row">
          <div>
            <label for="nb-activity">${n('activity')}</label>
            <select id="nb-activity" @change=${(e: Event) => this.pickActivity(text(e))}>
              ${this.activities.map(
                (a) => html`<option value=${a.id} ?selected=${a.id === this.activityId}>${a.name}</option>`,
              )}
            </select>
          </div>
          <div>
            <label for="nb-date">${n('date')}</label>
            <input id="nb-date" type="date" .value=${this.date} @change=${(e: Event) => this.pickDate(text(e))} />
          </div>
          <div>
            <label for="nb-session">${n('session')}</label>
            ${renderLoad(this.sessions, {
              isEmpty: (list) => list.length === 0,
              empty: n('noSessions'),
              ready: (list) =>
                html`<select
                  id="nb-session"
                  aria-invalid=${aria('sessionId').invalid}
                  aria-describedby=${aria('sessionId').describedBy ?? nothing}
                  @change=${(e: Event) => (this.sessionId = text(e))}
                >
                  ${list.map(
                    (s) =>
                      html`<option value=${s.id} ?selected=${s.id === this.sessionId}>
                        ${n('seatsLeft', { time: s.localStartTime, n: s.capacityRemaining })}
                      </option>`,
                  )}
                </select>`,
            })}
            ${fieldError(this.errors, 'sessionId')}
          </div>
        </div>
        <fieldset aria-describedby=${aria('tickets').describedBy ?? nothing}>
          <legend>${n('tickets')}</legend>
          ${renderLoad(this.prices, {
            isEmpty: (list) => list.length === 0,
            ready: (list) =>
              html`<div class="row">
                ${list.map(
                  (p) =>
                    html`<div>
                      <label for="nb-price-${p.id}"
                        >${n('ticket', { name: p.name, amount: formatMoney(p.amountCents, p.currency) })}</label
                      >
                      <input
                        id="nb-price-${p.id}"
                        type="number"
                        min="0"
                        inputmode="numeric"
                        .value=${String(this.quantities[p.id] ?? 0)}
                        @input=${(e: Event) => this.setQuantity(p.id, text(e))}
                      />
                    </div>`,
                )}
              </div>`,
          })}
          ${fieldError(this.errors, 'tickets')}
        </fieldset>
        <fieldset>
          <legend>${n('customer')}</legend>
          <div class="row">
            ${(['name', 'email', 'phone'] as const).map(
              (field) =>
                html`<div>
                  <label for="nb-${field}">${n(field)}</label>
                  <input
                    id="nb-${field}"
                    type=${field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
                    autocomplete=${field === 'phone' ? 'tel' : field}
                    aria-invalid=${aria(field).invalid}
                    aria-describedby=${aria(field).describedBy ?? nothing}
                    @input=${(e: Event) => (this.customer = { ...this.customer, [field]: text(e) })}
                  />
                  ${fieldError(this.errors, field)}
                </div>`,
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>${n('payment')}</legend>
          ${(['PAID_OFFLINE', 'UNPAID'] as const).map(
            (p) =>
              html`<label class="radio">
                <input
                  type="radio"
                  name="payment"
                  value=${p}
                  .checked=${this.payment === p}
                  @change=${() => (this.payment = p)}
                />
                ${n(p === 'PAID_OFFLINE' ? 'paidOffline' : 'unpaid')}
              </label>`,
          )}
        </fieldset>
        ${this.failure ? html`<p class="state-error" role="alert">${this.failure}</p>` : nothing}
        <div><button type="submit" class="button primary" ?disabled=${this.busy}>${n('submit')}</button></div>
      </form>`;
  }

  private onSubmit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const prices = this.prices.value ?? [];
    const tickets = prices
      .filter((p) => (this.quantities[p.id] ?? 0) > 0)
      .map((p) => ({ p, quantity: this.quantities[p.id]! }));
    const session = this.sessions.value?.find((s) => s.id === this.sessionId);
    const errors: Record<string, string | undefined> = {
      ...validate(this.customer, { name: [required], email: [required, email] }),
      ...(tickets.length === 0 ? { tickets: n('noTickets') } : {}),
      ...(!session ? { sessionId: n('noSession') } : {}),
    };
    this.errors = errors;
    if (hasErrors(errors) || !session) return;
    const currency = tickets[0]!.p.currency;
    const amount = formatMoney(
      tickets.reduce((sum, t) => sum + ticketsCents(t.p, t.quantity), 0),
      currency,
    );
    const vars = {
      name: this.customer.name.trim(),
      email: this.customer.email.trim(),
      activity: this.activities.find((a) => a.id === this.activityId)?.name ?? '',
      when: formatDateTime(session.startsAt, this.zone),
      tickets: tickets.map((t) => `${t.quantity} × ${t.p.name}`).join(', '),
      party: tickets.reduce((sum, t) => sum + t.quantity, 0),
      amount,
    };
    const ok = await this.ctx.confirm({
      title: n('confirmTitle', vars),
      message: n('confirmMessage', {
        ...vars,
        payment: n(this.payment === 'PAID_OFFLINE' ? 'paidLine' : 'unpaidLine', vars),
      }),
      confirmLabel: n('confirm'),
      tone: 'primary',
    });
    if (!ok) return;
    this.busy = true;
    this.failure = '';
    try {
      const { createManualBooking: booking } = await this.ctx.client.mutate(CreateManualBookingDocument, {
        input: {
          sessionId: session.id,
          tickets: tickets.map((t) => ({ priceId: t.p.id, quantity: t.quantity })),
          customer: { name: vars.name, email: vars.email, phone: this.customer.phone.trim() || null },
          payment: this.payment,
        },
      });
      this.ctx.notify(n('created', { number: booking.bookingNumber }));
      this.ctx.navigate(`bookings/${booking.id}`);
    } catch (err) {
      this.failure = errorMessage(err);
    } finally {
      this.busy = false;
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'console-new-booking': ConsoleNewBooking;
  }
}
