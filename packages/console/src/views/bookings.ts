// Bookings: search, filters, paging and CSV export of the current filter;
// `#/bookings/<id or number>` shows one booking (booking-detail.ts).
import { BookingsDocument, type BookingFilter, type BookingsQuery } from '@slotkit/sdk';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { formatLocalDate, formatMoney } from '../ui/format.ts';
import { Load, renderLoad } from '../ui/load.ts';
import { sharedStyles } from '../ui/styles.ts';
import { ConsoleView } from '../ui/view.ts';
import './booking-detail.ts';
import './booking-changes/new-booking.ts';
import { c } from './booking-changes/text.ts';
import { exportBookingsCsv } from './bookings-csv.ts';
import { STATUSES, statusTone, t, type BookingStatus } from './bookings-text.ts';

const PAGE = 20;

interface Filters {
  search: string;
  from: string;
  to: string;
  activityId: string;
  status: '' | BookingStatus;
}

const NO_FILTERS: Filters = { search: '', from: '', to: '', activityId: '', status: '' };

/** The API's filter for the form's values (empty fields left out). */
export function toBookingFilter(f: Filters): BookingFilter {
  return {
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.activityId ? { activityId: f.activityId } : {}),
    ...(f.status ? { status: f.status } : {}),
  };
}

@customElement('console-bookings-view')
export class ConsoleBookingsView extends ConsoleView {
  static override styles = [
    sharedStyles,
    css`
      .filters {
        display: grid;
        grid-template-columns: minmax(200px, 2fr) repeat(4, minmax(120px, 1fr)) auto;
        gap: 12px;
        align-items: end;
        margin-bottom: 16px;
      }
      .filters input,
      .filters select {
        width: 100%;
      }
      @media (max-width: 1000px) {
        .filters {
          grid-template-columns: 1fr 1fr;
        }
        .filters .search {
          grid-column: 1 / -1;
        }
      }
      .head {
        display: flex;
        justify-content: space-between;
        align-items: start;
        gap: 16px;
        flex-wrap: wrap;
      }
      td a {
        font-weight: 650;
        font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
      }
      .email {
        display: block;
        font-size: 0.82rem;
      }
      .head-actions {
        display: flex;
        gap: 8px;
        flex-wrap: wrap;
      }
      .pager {
        display: flex;
        justify-content: space-between;
        align-items: center;
        padding-top: 12px;
        gap: 8px;
      }
      .card {
        padding: 8px 12px 12px;
      }
    `,
  ];

  @state() private filters: Filters = { ...NO_FILTERS };
  @state() private cursors: (string | null)[] = [null];
  @state() private exporting = false;
  private data = new Load<BookingsQuery['bookings']>(this);
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.reload();
  }

  private reload(): void {
    const after = this.cursors.at(-1) ?? null;
    const filter = toBookingFilter(this.filters);
    void this.data.load(
      async () => (await this.ctx.client.query(BookingsDocument, { filter, first: PAGE, after })).bookings,
    );
  }

  private setFilter(patch: Partial<Filters>, debounce = false): void {
    this.filters = { ...this.filters, ...patch };
    this.cursors = [null];
    clearTimeout(this.searchTimer);
    if (debounce) this.searchTimer = setTimeout(() => this.reload(), 250);
    else this.reload();
  }

  override render() {
    if (this.params[0] === 'new') return html`<console-new-booking .ctx=${this.ctx}></console-new-booking>`;
    if (this.params[0])
      return html`<console-booking-detail .ctx=${this.ctx} .reference=${this.params[0]}></console-booking-detail>`;
    return html`<div class="head">
        <div>
          <h1>${t('title')}</h1>
          <p class="lede">${t('lede')}</p>
        </div>
        <div class="head-actions">
          <a class="button primary" href="#/bookings/new">${c('newBooking')}</a>
          <button type="button" class="button" ?disabled=${this.exporting} @click=${this.exportCsv}>
            ${this.exporting ? t('exporting') : t('exportCsv')}
          </button>
        </div>
      </div>
      ${this.renderFilters()}
      <section class="card" aria-label=${t('list')}>
        ${renderLoad(this.data, {
          isEmpty: (page) => page.nodes.length === 0,
          empty: Object.values(toBookingFilter(this.filters)).length ? t('empty') : t('emptyAll'),
          ready: (page) => this.renderTable(page),
        })}
      </section>`;
  }

  private renderFilters() {
    const f = this.filters;
    const activities = this.ctx.organization.venues.flatMap((v) => v.activities);
    const text = (e: Event) => (e.target as HTMLInputElement).value;
    return html`<form class="filters" role="search" @submit=${(e: Event) => e.preventDefault()}>
      <div class="search">
        <label for="search">${t('search')}</label>
        <input
          id="search"
          type="search"
          placeholder=${t('searchHint')}
          .value=${f.search}
          @input=${(e: Event) => this.setFilter({ search: text(e) }, true)}
        />
      </div>
      <div>
        <label for="from">${t('from')}</label>
        <input id="from" type="date" .value=${f.from} @change=${(e: Event) => this.setFilter({ from: text(e) })} />
      </div>
      <div>
        <label for="to">${t('to')}</label>
        <input id="to" type="date" .value=${f.to} @change=${(e: Event) => this.setFilter({ to: text(e) })} />
      </div>
      <div>
        <label for="activity">${t('activity')}</label>
        <select id="activity" @change=${(e: Event) => this.setFilter({ activityId: text(e) })}>
          <option value="" ?selected=${!f.activityId}>${t('any')}</option>
          ${activities.map((a) => html`<option value=${a.id} ?selected=${a.id === f.activityId}>${a.name}</option>`)}
        </select>
      </div>
      <div>
        <label for="status">${t('status')}</label>
        <select id="status" @change=${(e: Event) => this.setFilter({ status: text(e) as Filters['status'] })}>
          <option value="" ?selected=${!f.status}>${t('any')}</option>
          ${STATUSES.map((s) => html`<option value=${s} ?selected=${s === f.status}>${t(s)}</option>`)}
        </select>
      </div>
      <button type="button" class="button" @click=${() => this.setFilter({ ...NO_FILTERS })}>${t('clear')}</button>
    </form>`;
  }

  private renderTable(page: BookingsQuery['bookings']) {
    const first = (this.cursors.length - 1) * PAGE + 1;
    return html`<div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">${t('number')}</th>
              <th scope="col">${t('customer')}</th>
              <th scope="col">${t('activity')}</th>
              <th scope="col">${t('when')}</th>
              <th scope="col" class="num">${t('party')}</th>
              <th scope="col" class="num">${t('total')}</th>
              <th scope="col">${t('status')}</th>
            </tr>
          </thead>
          <tbody>
            ${page.nodes.map(
              (b) =>
                html`<tr>
                  <td><a href="#/bookings/${encodeURIComponent(b.id)}">${b.bookingNumber}</a></td>
                  <td>${b.customer.name || nothing}<span class="email muted">${b.customer.email}</span></td>
                  <td>${b.activityName}</td>
                  <td>${formatLocalDate(b.session.localDate)} · ${b.session.localStartTime}</td>
                  <td class="num">${b.partySize}</td>
                  <td class="num">${formatMoney(b.totalCents, b.currency)}</td>
                  <td><span class="badge ${statusTone[b.status]}">${t(b.status)}</span></td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <nav class="pager" aria-label=${t('pages')}>
        <span class="muted"
          >${t('showing', { from: first, to: first + page.nodes.length - 1, total: page.totalCount })}</span
        >
        <span>
          <button type="button" class="button" ?disabled=${this.cursors.length < 2} @click=${this.previous}>
            ${t('previous')}
          </button>
          <button type="button" class="button" ?disabled=${!page.pageInfo.hasNextPage} @click=${() => this.next(page)}>
            ${t('next')}
          </button>
        </span>
      </nav>`;
  }

  private previous = (): void => {
    this.cursors = this.cursors.slice(0, -1);
    this.reload();
  };

  private next(page: BookingsQuery['bookings']): void {
    this.cursors = [...this.cursors, page.pageInfo.endCursor ?? null];
    this.reload();
  }

  private exportCsv = async (): Promise<void> => {
    this.exporting = true;
    try {
      const n = await exportBookingsCsv(this.ctx.client, toBookingFilter(this.filters));
      this.ctx.notify(t('exported', { n }));
    } catch (err) {
      this.ctx.notify(err instanceof Error ? err.message : String(err));
    } finally {
      this.exporting = false;
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'console-bookings-view': ConsoleBookingsView;
  }
}
