// Venues: the list, a venue's settings and theme (live preview), its embed
// snippets with copy buttons, and the two destructive jobs (rotate the embed
// key, delete the venue), each through the confirm dialog.
import {
  BookingsDocument,
  DeleteVenueDocument,
  RotateEmbedKeyDocument,
  VenueDocument,
  VenuesDocument,
  type VenuesQuery,
} from '@slotkit/sdk/generated';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { errorMessage } from '../ui/errors.ts';
import { Load, renderLoad } from '../ui/load.ts';
import { ConsoleView } from '../ui/view.ts';
import { renderSnippets, snippetsFor } from './venues/embed-snippets.ts';
import { t } from './venues/messages.ts';
import './venues/venue-form.ts';
import type { SavedVenue } from './venues/venue-form.ts';

interface VenueDetail {
  readonly venue: SavedVenue;
  readonly bookings: number;
}

@customElement('console-venues-view')
export class ConsoleVenuesView extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      tbody th {
        text-transform: none;
        letter-spacing: normal;
        font-size: inherit;
        color: var(--sk-text);
      }
      .head {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 12px;
        flex-wrap: wrap;
      }
      .back {
        display: inline-block;
        margin-bottom: 8px;
      }
      section.card {
        margin-top: 20px;
      }
      .snippet {
        margin-top: 12px;
      }
      .snippet-head {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 12px;
      }
      h3 {
        font-size: 0.9rem;
        margin: 0;
      }
      pre {
        background: var(--sk-surface-2);
        border: 1px solid var(--sk-border);
        border-radius: 8px;
        padding: 10px 12px;
        overflow-x: auto;
        font-size: 0.8rem;
        margin: 6px 0 0;
        white-space: pre-wrap;
        word-break: break-all;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 10px;
        align-items: center;
      }
      code.key {
        font-size: 0.85rem;
      }
    `,
  ];

  private list = new Load<VenuesQuery['venues']>(this);
  private detail = new Load<VenueDetail>(this);
  @state() private actionError = '';
  private loadedFor: string | undefined;

  protected override willUpdate(): void {
    const key = this.params.join('/');
    if (key === this.loadedFor) return;
    this.loadedFor = key;
    this.actionError = '';
    const [id] = this.params;
    if (!id) void this.list.load(async () => (await this.ctx.client.query(VenuesDocument)).venues);
    else if (id !== 'new') void this.detail.load(() => this.loadDetail(id));
  }

  private async loadDetail(id: string): Promise<VenueDetail> {
    const [{ venue }, { bookings }] = await Promise.all([
      this.ctx.client.query(VenueDocument, { id }),
      this.ctx.client.query(BookingsDocument, { filter: { venueId: id }, first: 1 }),
    ]);
    if (!venue) throw new Error('venue missing');
    return { venue, bookings: bookings.totalCount };
  }

  private async rotate(v: SavedVenue): Promise<void> {
    const ok = await this.ctx.confirm({
      title: t('rotateTitle', { name: v.name }),
      message: t('rotateMessage', { key: v.embedKey }),
      confirmLabel: t('rotate'),
    });
    if (!ok) return;
    try {
      const { rotateEmbedKey } = await this.ctx.client.mutate(RotateEmbedKeyDocument, { venueId: v.id });
      this.ctx.notify(t('rotated', { key: rotateEmbedKey.embedKey }));
      void this.detail.reload();
    } catch (err) {
      this.actionError = errorMessage(err);
    }
  }

  private async deleteVenue(d: VenueDetail): Promise<void> {
    const v = d.venue;
    const ok = await this.ctx.confirm({
      title: t('removeTitle', { name: v.name }),
      message: t('removeMessage', { name: v.name, activities: v.activities.length }),
      confirmLabel: t('remove'),
    });
    if (!ok) return;
    try {
      await this.ctx.client.mutate(DeleteVenueDocument, { id: v.id });
      this.ctx.notify(t('removed', { name: v.name }));
      await this.ctx.refresh();
      this.ctx.navigate('venues');
    } catch (err) {
      this.actionError = errorMessage(err);
    }
  }

  private renderList() {
    return html`<div class="head">
        <h1 tabindex="-1">${t('title')}</h1>
        <a class="button primary" href="#/venues/new">+ ${t('newVenue')}</a>
      </div>
      <p class="lede">${t('lede')}</p>
      ${renderLoad(this.list, {
        empty: t('empty'),
        ready: (venues) =>
          html`<div class="card table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">${t('name')}</th>
                  <th scope="col">${t('timezone')}</th>
                  <th scope="col">${t('currency')}</th>
                  <th scope="col">${t('embedKey')}</th>
                </tr>
              </thead>
              <tbody>
                ${venues.map(
                  (v) =>
                    html`<tr>
                      <th scope="row"><a href="#/venues/${v.id}">${v.name}</a></th>
                      <td>${v.timezone}</td>
                      <td>${v.currency}</td>
                      <td><code class="key">${v.embedKey}</code></td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`,
      })}`;
  }

  private renderDetail(d: VenueDetail) {
    const v = d.venue;
    return html`<console-venue-form
        .ctx=${this.ctx}
        .venue=${v}
        @venue-saved=${() => void this.detail.reload()}
      ></console-venue-form>
      <section class="card" aria-labelledby="embed-h">
        <h2 id="embed-h">${t('embed')}</h2>
        ${renderSnippets(snippetsFor(v.embedKey, v.name), (m) => this.ctx.notify(m))}
      </section>
      <section class="card" aria-labelledby="danger-h">
        <h2 id="danger-h">${t('danger')}</h2>
        <p>${t('embedKey')}: <code class="key">${v.embedKey}</code></p>
        <div class="actions">
          <button type="button" class="button danger" @click=${() => this.rotate(v)}>${t('rotate')}</button>
          ${
            d.bookings > 0
              ? html`<p class="muted">${t('removeRefused', { count: d.bookings })}</p>`
              : html`<button type="button" class="button danger" @click=${() => this.deleteVenue(d)}>
                  ${t('remove')}
                </button>`
          }
        </div>
        ${this.actionError ? html`<p class="field-error" role="alert">${this.actionError}</p>` : nothing}
      </section>`;
  }

  override render() {
    const [id] = this.params;
    if (!id) return this.renderList();
    if (id === 'new')
      return html`<a class="back" href="#/venues">‹ ${t('back')}</a>
        <h1 tabindex="-1">${t('newVenue')}</h1>
        <console-venue-form .ctx=${this.ctx} .venue=${null}></console-venue-form>`;
    const name = this.detail.value?.venue.name ?? '';
    return html`<a class="back" href="#/venues">‹ ${t('back')}</a>
      <h1 tabindex="-1">${name || t('title')}</h1>
      ${renderLoad(this.detail, { isEmpty: () => false, ready: (d) => this.renderDetail(d) })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'console-venues-view': ConsoleVenuesView;
  }
}
