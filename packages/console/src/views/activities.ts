// Activities: the list (by venue), and the editor for a new or saved activity
// (`#/activities/new/<venueId>`, `#/activities/<id>`).
import {
  ActivitiesDocument,
  ActivityDocument,
  ArchiveActivityDocument,
  VenueDocument,
  type ActivitiesQuery,
} from '@slotkit/sdk/generated';
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { errorMessage } from '../ui/errors.ts';
import { formatMoney } from '../ui/format.ts';
import { Load, renderLoad } from '../ui/load.ts';
import { ConsoleView } from '../ui/view.ts';
import './activities/activity-form.ts';
import {
  formOf,
  newActivityForm,
  WEEKDAYS,
  type ActivityForm,
  type SavedActivity,
  type SavedVenue,
} from './activities/form-model.ts';
import { t, weekdayName } from './activities/messages.ts';

type Listed = ActivitiesQuery['activities'][number];

interface EditorData {
  readonly activity: SavedActivity | null;
  readonly venue: SavedVenue;
  readonly form: ActivityForm;
}

@customElement('console-activities-view')
export class ConsoleActivitiesView extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      tbody th {
        text-transform: none;
        letter-spacing: normal;
        font-size: inherit;
        color: var(--sk-text);
      }
      .venue-block {
        margin-bottom: 20px;
      }
      .venue-head {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 12px;
        margin-bottom: 8px;
      }
      .venue-head h2 {
        margin: 0;
      }
      td.wrap {
        white-space: normal;
        min-width: 180px;
      }
      .row-actions {
        display: flex;
        gap: 6px;
      }
      .back {
        display: inline-block;
        margin-bottom: 8px;
      }
    `,
  ];

  private list = new Load<readonly Listed[]>(this);
  private editor = new Load<EditorData>(this);
  private loadedFor: string | undefined;

  protected override willUpdate(): void {
    const key = this.params.join('/');
    if (key === this.loadedFor) return;
    this.loadedFor = key;
    const [first, second] = this.params;
    if (!first) void this.list.load(async () => (await this.ctx.client.query(ActivitiesDocument, {})).activities);
    else if (first === 'new') void this.editor.load(() => this.loadNew(second ?? ''));
    else void this.editor.load(() => this.loadSaved(first));
  }

  private async venueById(id: string): Promise<SavedVenue> {
    const { venue } = await this.ctx.client.query(VenueDocument, { id });
    if (!venue) throw new Error('venue missing');
    return venue;
  }

  private async loadNew(venueId: string): Promise<EditorData> {
    const id = venueId || this.ctx.organization.venues[0]?.id || '';
    const venue = await this.venueById(id);
    return { activity: null, venue, form: newActivityForm(venue.id) };
  }

  private async loadSaved(id: string): Promise<EditorData> {
    const { activity } = await this.ctx.client.query(ActivityDocument, { id });
    if (!activity) throw new Error('activity missing');
    return { activity, venue: await this.venueById(activity.venueId), form: formOf(activity) };
  }

  private async archive(a: Listed): Promise<void> {
    const ok = await this.ctx.confirm({
      title: t('archiveTitle', { name: a.name }),
      message: t('archiveMessage'),
      confirmLabel: t('archive'),
    });
    if (!ok) return;
    try {
      await this.ctx.client.mutate(ArchiveActivityDocument, { id: a.id });
      this.ctx.notify(t('archived', { name: a.name }));
      await this.ctx.refresh();
      void this.list.reload();
    } catch (err) {
      this.ctx.notify(errorMessage(err));
    }
  }

  /** A price's name in the console's language when the venue gave one. */
  private priceName(p: Listed['prices'][number]): string {
    return p.names.find((n) => n.locale === this.ctx.locale)?.name || p.name;
  }

  private summary(a: Listed): string {
    const s = a.schedule;
    const days = WEEKDAYS.map((d, i) => (s.operatingDays.includes(d) ? weekdayName(i, this.ctx.locale, 'short') : ''))
      .filter(Boolean)
      .join(' ');
    return t('every', { days, start: s.startTime, end: s.endTime, interval: s.slotInterval });
  }

  private renderVenue(venue: { id: string; name: string }, activities: readonly Listed[]) {
    return html`<section class="venue-block" aria-labelledby="v-${venue.id}">
      <div class="venue-head">
        <h2 id="v-${venue.id}">${venue.name}</h2>
        <a class="button primary" href="#/activities/new/${venue.id}" aria-label="${t('newActivity')}: ${venue.name}"
          >+ ${t('newActivity')}</a
        >
      </div>
      ${
        activities.length === 0
          ? html`<p class="state state-empty card">${t('empty')}</p>`
          : html`<div class="card table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${t('name')}</th>
                    <th scope="col">${t('schedule')}</th>
                    <th scope="col">${t('prices')}</th>
                    <th scope="col">${t('status')}</th>
                    <th scope="col"><span class="visually-hidden">${t('edit')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${activities.map(
                    (a) =>
                      html`<tr>
                        <th scope="row">${a.name}</th>
                        <td class="wrap">${this.summary(a)}</td>
                        <td class="wrap">
                          ${a.prices
                            .filter((p) => p.active)
                            .map((p) => `${this.priceName(p)} ${formatMoney(p.amountCents, p.currency)}`)
                            .join(' · ')}
                        </td>
                        <td>
                          <span class="badge ${a.status === 'ACTIVE' ? 'ok' : ''}">${t(a.status)}</span>
                        </td>
                        <td>
                          <span class="row-actions">
                            <a class="button" href="#/activities/${a.id}" aria-label=${t('editOf', { name: a.name })}
                              >${t('edit')}</a
                            >
                            ${
                              a.status === 'ACTIVE'
                                ? html`<button
                                    type="button"
                                    class="button danger"
                                    aria-label="${t('archive')}: ${a.name}"
                                    @click=${() => this.archive(a)}
                                  >
                                    ${t('archive')}
                                  </button>`
                                : nothing
                            }
                          </span>
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
    </section>`;
  }

  private renderList() {
    const venues = this.ctx.organization.venues;
    if (venues.length === 0)
      return html`<h1 tabindex="-1">${t('title')}</h1>
        <p class="state state-empty">${t('noVenue')}</p>`;
    return html`<h1 tabindex="-1">${t('title')}</h1>
      <p class="lede">${t('lede')}</p>
      ${renderLoad(this.list, {
        isEmpty: () => false,
        ready: (all) =>
          venues.map((v) =>
            this.renderVenue(
              v,
              all.filter((a) => a.venueId === v.id),
            ),
          ),
      })}`;
  }

  override render() {
    if (!this.params[0]) return this.renderList();
    const data = this.editor.value;
    const title = data?.activity ? t('editTitle', { name: data.activity.name }) : t('newTitle');
    return html`<a class="back" href="#/activities">‹ ${t('back')}</a>
      <h1 tabindex="-1">${title}</h1>
      ${data ? html`<p class="lede">${data.venue.name}</p>` : nothing}
      ${renderLoad(this.editor, {
        isEmpty: () => false,
        ready: (d) =>
          html`<console-activity-form
            .ctx=${this.ctx}
            .activity=${d.activity}
            .venue=${d.venue}
            .form=${d.form}
          ></console-activity-form>`,
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'console-activities-view': ConsoleActivitiesView;
  }
}
