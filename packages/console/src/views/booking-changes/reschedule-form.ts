// Reschedule from the booking detail: pick a day and one of its sessions of the same activity with room
// for the party; "Move…" opens the confirm dialog ("Move booking SK-… from Fri 18:00 to Fri 20:00") and
// only a confirmation sends rescheduleBooking.
import { RescheduleBookingDocument, SessionsDocument, type SessionsQuery } from '@slotkit/sdk';
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { errorMessage } from '../../ui/errors.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Load, renderLoad } from '../../ui/load.ts';
import { ConsoleView } from '../../ui/view.ts';
import { c } from './text.ts';

type Session = SessionsQuery['sessions'][number];

export interface RescheduleTarget {
  readonly id: string;
  readonly bookingNumber: string;
  readonly activityId: string;
  readonly activityName: string;
  readonly partySize: number;
  readonly sessionId: string;
  readonly startsAt: string;
  readonly localDate: string;
  readonly customer: { readonly name?: string | null; readonly email: string };
  readonly zone: string;
}

@customElement('console-reschedule-form')
export class ConsoleRescheduleForm extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      form {
        display: grid;
        grid-template-columns: minmax(140px, 1fr) minmax(180px, 2fr) auto;
        gap: 12px;
        align-items: end;
      }
      @media (max-width: 600px) {
        form {
          grid-template-columns: 1fr;
        }
      }
      select,
      input {
        width: 100%;
      }
    `,
  ];

  @property({ attribute: false }) booking!: RescheduleTarget;
  @state() private date = '';
  @state() private sessionId = '';
  @state() private busy = false;
  @state() private error = '';
  private sessions = new Load<Session[]>(this);

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('booking') && this.booking && !this.date) this.pick(this.booking.localDate);
  }

  private pick(date: string): void {
    this.date = date;
    this.sessionId = '';
    const b = this.booking;
    void this.sessions.load(async () => {
      const { sessions } = await this.ctx.client.query(SessionsDocument, {
        activityId: b.activityId,
        from: date,
        to: date,
      });
      const now = Date.now();
      const fits = sessions.filter(
        (s) =>
          s.id !== b.sessionId &&
          s.status === 'OPEN' &&
          s.capacityRemaining >= b.partySize &&
          Date.parse(s.startsAt) > now,
      );
      this.sessionId = fits[0]?.id ?? '';
      return fits;
    });
  }

  override render() {
    const b = this.booking;
    return html`<p class="muted">${c('rescheduleHint', { activity: b.activityName })}</p>
      <form @submit=${this.onSubmit}>
        <div>
          <label for="move-date">${c('date')}</label>
          <input
            id="move-date"
            type="date"
            .value=${this.date}
            @change=${(e: Event) => this.pick((e.target as HTMLInputElement).value)}
          />
        </div>
        <div>
          <label for="move-session">${c('session')}</label>
          ${renderLoad(this.sessions, {
            isEmpty: (list) => list.length === 0,
            empty: c('noSessions', { n: b.partySize }),
            ready: (list) =>
              html`<select
                id="move-session"
                @change=${(e: Event) => (this.sessionId = (e.target as HTMLSelectElement).value)}
              >
                ${list.map(
                  (s) =>
                    html`<option value=${s.id} ?selected=${s.id === this.sessionId}>
                      ${c('seatsLeft', { time: s.localStartTime, n: s.capacityRemaining })}
                    </option>`,
                )}
              </select>`,
          })}
        </div>
        <button type="submit" class="button" ?disabled=${this.busy || !this.sessionId}>${c('move')}</button>
      </form>
      ${this.error ? html`<p class="state-error" role="alert">${this.error}</p>` : nothing}`;
  }

  private onSubmit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const b = this.booking;
    const target = this.sessions.value?.find((s) => s.id === this.sessionId);
    if (!target) return;
    const vars = {
      number: b.bookingNumber,
      from: formatDateTime(b.startsAt, b.zone),
      to: formatDateTime(target.startsAt, b.zone),
      customer: b.customer.name || b.customer.email,
    };
    const ok = await this.ctx.confirm({
      title: c('moveTitle', vars),
      message: c('moveMessage', vars),
      confirmLabel: c('moveConfirm'),
      tone: 'primary',
    });
    if (!ok) return;
    this.busy = true;
    this.error = '';
    try {
      await this.ctx.client.mutate(RescheduleBookingDocument, { id: b.id, sessionId: target.id });
      this.ctx.notify(c('moved', vars));
      this.dispatchEvent(new CustomEvent('booking-changed', { bubbles: true, composed: true }));
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.busy = false;
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'console-reschedule-form': ConsoleRescheduleForm;
  }
}
