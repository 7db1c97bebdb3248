// A session's waitlist for staff: who waits, in the order offers go out, each entry's status and the
// offer's end; Remove (after the confirm dialog) takes an entry off and releases its held offer.
import { RemoveWaitlistEntryDocument, WaitlistDocument, type WaitlistQuery } from '@slotkit/sdk/generated';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ConsoleContext } from '../../shell/context.ts';
import { errorMessage } from '../../ui/errors.ts';
import { formatDateTime, formatLocalDate, formatTime } from '../../ui/format.ts';
import { Load, renderLoad } from '../../ui/load.ts';
import { sharedStyles } from '../../ui/styles.ts';
import type { AdminSession } from './actions.ts';
import { sessionsStyles } from './styles.ts';
import { tw } from './waitlist-messages.ts';

type Entry = WaitlistQuery['waitlist'][number];

/**
 * @summary The waitlist of one session (the Sessions view's panel).
 * @fires console-waitlist-close - Close was pressed.
 * @fires console-waitlist-changed - An entry was removed (the session's counts changed).
 */
@customElement('console-session-waitlist')
export class ConsoleSessionWaitlist extends LitElement {
  static override styles = [
    sharedStyles,
    sessionsStyles,
    // A table of five columns: wider than the other panels' one-field forms.
    css`
      .panel {
        max-width: 960px;
      }
    `,
  ];

  @property({ attribute: false }) ctx!: ConsoleContext;
  @property({ attribute: false }) session!: AdminSession;
  /** The venue's zone: times are shown as the venue reads them. */
  @property() timezone = 'UTC';
  private error = '';
  private entries = new Load<readonly Entry[]>(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.reload();
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('session') && changed.get('session')) this.reload();
  }

  private reload(): void {
    const sessionId = this.session.id;
    void this.entries.load(async () => (await this.ctx.client.query(WaitlistDocument, { sessionId })).waitlist);
  }

  private async removeEntry(entry: Entry): Promise<void> {
    const message = html`<p>${tw('confirmText')}</p>
      ${entry.status === 'OFFERED' ? html`<p>${tw('confirmOffered', { count: entry.partySize })}</p>` : nothing}`;
    const ok = await this.ctx.confirm({
      title: tw('confirmTitle', { email: entry.email }),
      message,
      confirmLabel: tw('confirmLabel'),
    });
    if (!ok) return;
    try {
      await this.ctx.client.mutate(RemoveWaitlistEntryDocument, { id: entry.id });
      this.ctx.notify(tw('removed', { email: entry.email }));
      this.error = '';
      this.reload();
      this.dispatchEvent(new CustomEvent('console-waitlist-changed', { bubbles: true, composed: true }));
    } catch (err) {
      this.error = errorMessage(err);
      this.requestUpdate();
    }
  }

  private row(e: Entry) {
    const live = e.status === 'WAITING' || e.status === 'OFFERED';
    const badge = e.status === 'OFFERED' ? 'ok' : e.status === 'WAITING' ? '' : 'warn';
    return html`<tr>
      <th scope="row">${e.email}</th>
      <td class="num">${e.partySize}</td>
      <td><span class="badge ${badge}">${tw(e.status)}</span></td>
      <td>${formatDateTime(e.createdAt, this.timezone)}</td>
      <td>${e.status === 'OFFERED' && e.offerExpiresAt ? formatTime(e.offerExpiresAt, this.timezone) : '—'}</td>
      <td>
        ${
          live
            ? html`<button
                type="button"
                class="button small danger"
                aria-label=${tw('removeOf', { email: e.email })}
                @click=${() => this.removeEntry(e)}
              >
                ${tw('remove')}
              </button>`
            : nothing
        }
      </td>
    </tr>`;
  }

  override render() {
    const s = this.session;
    return html`<section class="card panel" aria-labelledby="wl-title">
      <h2 id="wl-title" tabindex="-1">
        ${tw('title', { time: s.localStartTime, date: formatLocalDate(s.localDate, 'long') })}
      </h2>
      <p class="muted small-text">${tw('lede')}</p>
      ${this.error ? html`<p class="field-error" role="alert">${this.error}</p>` : nothing}
      ${renderLoad(this.entries, {
        empty: tw('empty'),
        ready: (entries) =>
          html`<div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">${tw('email')}</th>
                  <th scope="col" class="num">${tw('party')}</th>
                  <th scope="col">${tw('status')}</th>
                  <th scope="col">${tw('joined')}</th>
                  <th scope="col">${tw('offerUntil')}</th>
                  <th scope="col"><span class="visually-hidden">${tw('actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                ${entries.map((e) => this.row(e))}
              </tbody>
            </table>
          </div>`,
      })}
      <div class="panel-actions">
        <button
          type="button"
          class="button"
          @click=${() =>
            this.dispatchEvent(new CustomEvent('console-waitlist-close', { bubbles: true, composed: true }))}
        >
          ${tw('close')}
        </button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'console-session-waitlist': ConsoleSessionWaitlist;
  }
}
