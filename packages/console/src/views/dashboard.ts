// Dashboard: who comes today (the manifest), what comes next, the last 7 days
// and anything that needs a person (alerts, each with what to do). The manifest
// checks groups in and marks no-shows (through the confirm dialog); "New booking"
// opens the staff booking form.
import { DashboardDocument, type DashboardQuery } from '@slotkit/sdk';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { errorMessage } from '../ui/errors.ts';
import { formatDateTime, formatLocalDate, formatMoney, formatTime, localToday } from '../ui/format.ts';
import { Load, renderLoad } from '../ui/load.ts';
import { sharedStyles } from '../ui/styles.ts';
import { ConsoleView } from '../ui/view.ts';
import { changeAttendance } from './booking-changes/attendance.ts';
import { c } from './booking-changes/text.ts';
import { alertAdvice } from './dashboard-alerts.ts';
import { bookingsChart } from './dashboard-chart.ts';
import { dashboardStyles } from './dashboard.styles.ts';
import { t } from './dashboard-text.ts';

type TodayBooking = DashboardQuery['bookings']['nodes'][number];

@customElement('console-dashboard-view')
export class ConsoleDashboardView extends ConsoleView {
  static override styles = [sharedStyles, dashboardStyles];

  @state() private venueId = '';
  @state() private actionError = '';
  private data = new Load<DashboardQuery>(this);

  private get venue() {
    const venues = this.ctx.organization.venues;
    return venues.find((v) => v.id === this.venueId) ?? venues[0];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.refresh();
  }

  private refresh(): void {
    const venue = this.venue;
    if (!venue) return;
    const today = localToday(venue.timezone);
    void this.data.load(() => this.ctx.client.query(DashboardDocument, { today, venueId: venue.id }));
  }

  override render() {
    const venue = this.venue;
    if (!venue)
      return html`<h1>${t('title')}</h1>
        <div class="card state">
          <p>${t('noVenue')}</p>
          <a class="button primary" href="#/venues">${t('createVenue')}</a>
        </div>`;
    const today = localToday(venue.timezone);
    return html`<div class="head">
        <div>
          <h1>${t('title')}</h1>
          <p class="lede">${t('today', { date: formatLocalDate(today, 'long') })} · ${venue.name}</p>
        </div>
        <div class="head-actions">
          ${
            this.ctx.organization.venues.length > 1
              ? html`<div>
                  <label for="venue">${t('venue')}</label>
                  <select id="venue" @change=${this.onVenue}>
                    ${this.ctx.organization.venues.map(
                      (v) => html`<option value=${v.id} ?selected=${v.id === venue.id}>${v.name}</option>`,
                    )}
                  </select>
                </div>`
              : nothing
          }
          <a class="button primary" href="#/bookings/new">${c('newBooking')}</a>
        </div>
      </div>
      ${renderLoad(this.data, {
        isEmpty: () => false,
        ready: (d) => this.renderDashboard(d, venue.timezone, venue.currency),
      })}`;
  }

  private onVenue = (e: Event): void => {
    this.venueId = (e.target as HTMLSelectElement).value;
    this.refresh();
  };

  private renderDashboard(d: DashboardQuery, zone: string, currency: string) {
    const manifest = [...d.bookings.nodes].sort((a, b) => a.session.startsAt.localeCompare(b.session.startsAt));
    const guests = manifest.filter((b) => b.status === 'CONFIRMED').reduce((n, b) => n + b.partySize, 0);
    const confirmedToday = manifest.filter((b) => b.status === 'CONFIRMED');
    const week = d.weeklyBookingsTrend;
    const kpis: [string, string][] = [
      [t('kpiToday'), String(confirmedToday.length)],
      [t('kpiGuests'), String(guests)],
      [t('kpiWeek'), String(week.reduce((n, day) => n + day.bookings, 0))],
      [
        t('kpiRevenue'),
        formatMoney(
          week.reduce((n, day) => n + day.revenueCents, 0),
          currency,
        ),
      ],
    ];
    return html`<dl class="kpis">
        ${kpis.map(
          ([label, value]) =>
            html`<div class="card kpi">
              <dt>${label}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
      <div class="layout">
        <section class="card manifest" aria-labelledby="manifest-title">
          <div class="section-head">
            <h2 id="manifest-title">${t('manifest')}</h2>
            <span class="muted">${t('guests', { n: guests })}</span>
          </div>
          ${this.actionError ? html`<p class="state-error" role="alert">${this.actionError}</p>` : nothing}
          ${
            manifest.length === 0
              ? html`<p class="state state-empty">${t('manifestEmpty')}</p>`
              : html`<div class="table-wrap">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">${t('time')}</th>
                        <th scope="col">${t('activity')}</th>
                        <th scope="col" class="num">${t('party')}</th>
                        <th scope="col">${t('customer')}</th>
                        <th scope="col">${t('payment')}</th>
                        <th scope="col">${c('attendance')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${manifest.map((b) => this.manifestRow(b, zone))}
                    </tbody>
                  </table>
                </div>`
          }
        </section>
        <section class="card" aria-labelledby="week-title">
          <h2 id="week-title">${t('week')}</h2>
          ${bookingsChart(d.weeklyBookingsTrend, currency)}
        </section>
        <section class="card" aria-labelledby="upcoming-title">
          <h2 id="upcoming-title">${t('upcoming')}</h2>
          ${
            d.upcomingBookings.length === 0
              ? html`<p class="state state-empty">${t('upcomingEmpty')}</p>`
              : html`<ul class="upcoming">
                  ${d.upcomingBookings.map(
                    (b) =>
                      html`<li>
                        <a href="#/bookings/${encodeURIComponent(b.id)}">
                          <span class="when"
                            >${formatDateTime(b.session.startsAt, this.zoneOf(b.session.activityId, zone))}</span
                          >
                          <span class="what">${b.activityName} · ${b.customer.name || b.customer.email}</span>
                          <span class="muted">${b.partySize} · ${formatMoney(b.totalCents, b.currency)}</span>
                        </a>
                      </li>`,
                  )}
                </ul>`
          }
        </section>
        <section class="card" aria-labelledby="alerts-title">
          <h2 id="alerts-title">${t('alerts')}</h2>
          ${
            d.alerts.length === 0
              ? html`<p class="all-clear"><span class="badge ok">✓</span> ${t('noAlerts')}</p>`
              : html`<ul class="alerts">
                  ${d.alerts.map((a) => alertAdvice(a, zone))}
                </ul>`
          }
        </section>
      </div>`;
  }

  private zoneOf(activityId: string, fallback: string): string {
    return this.ctx.venueOfActivity(activityId)?.timezone ?? fallback;
  }

  private manifestRow(b: TodayBooking, zone: string) {
    const payment =
      b.status === 'CANCELLED'
        ? html`<span class="badge">${t('cancelled')}</span>`
        : b.status === 'REFUNDED'
          ? html`<span class="badge warn">${t('refunded')}</span>`
          : b.stripePaymentIntentId || b.payment === 'PAID_OFFLINE' || b.totalCents === 0
            ? html`<span class="badge ok">${t('paid')}</span>`
            : html`<span class="badge danger">${t('unpaid')}</span>`;
    return html`<tr class=${b.status === 'CONFIRMED' ? '' : 'inactive'}>
      <td class="time">${formatTime(b.session.startsAt, zone)}</td>
      <td>${b.activityName}</td>
      <td class="num">${b.partySize}</td>
      <td>
        <a href="#/bookings/${encodeURIComponent(b.id)}">${b.customer.name || b.customer.email}</a>
        <span class="muted number">${b.bookingNumber}</span>
      </td>
      <td>${payment}</td>
      <td class="attendance">${this.attendanceCell(b, zone)}</td>
    </tr>`;
  }

  private attendanceCell(b: TodayBooking, zone: string) {
    if (b.status !== 'CONFIRMED') return nothing;
    const badge =
      b.attendance === 'EXPECTED'
        ? nothing
        : html`<span class="badge ${b.attendance === 'CHECKED_IN' ? 'ok' : 'warn'}">${c(b.attendance)}</span>`;
    const act = (kind: 'checkIn' | 'noShow') => async () => {
      this.actionError = '';
      try {
        const notice = await changeAttendance(this.ctx, { ...b, startsAt: b.session.startsAt, zone }, kind);
        if (notice === null) return;
        this.ctx.notify(notice);
        this.refresh();
      } catch (err) {
        this.actionError = errorMessage(err);
      }
    };
    return html`${badge}
      <span class="row-actions">
        ${
          b.attendance === 'CHECKED_IN'
            ? nothing
            : html`<button
                type="button"
                class="button small"
                aria-label=${c('checkInLabel', { number: b.bookingNumber })}
                @click=${act('checkIn')}
              >
                ${c('checkIn')}
              </button>`
        }
        ${
          b.attendance === 'NO_SHOW'
            ? nothing
            : html`<button
                type="button"
                class="button small"
                aria-label=${c('noShowLabel', { number: b.bookingNumber })}
                @click=${act('noShow')}
              >
                ${c('noShow')}
              </button>`
        }
      </span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'console-dashboard-view': ConsoleDashboardView;
  }
}
