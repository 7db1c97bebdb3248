// Sessions: a week (or one day) of an activity's sessions with capacity, held
// and booked seats; block a date (with the reason customers see) and cancel a
// session, each through the server's dry run and the confirm dialog.
import { ActivityDocument, SessionsDocument, type ActivityQuery } from '@slotkit/sdk/generated';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { errorMessage } from '../ui/errors.ts';
import { addDays, formatLocalDate, localToday } from '../ui/format.ts';
import { Load, renderLoad } from '../ui/load.ts';
import { ConsoleView } from '../ui/view.ts';
import { blockDateFlow, cancelSessionFlow, type AdminSession } from './sessions/actions.ts';
import { t } from './sessions/messages.ts';
import { sessionsStyles } from './sessions/styles.ts';
import './sessions/waitlist-panel.ts';
import { buildDays, renderDay, renderWeek, type GridHandlers } from './sessions/week-view.ts';

type Panel =
  | { kind: 'block'; date: string }
  | { kind: 'cancel'; session: AdminSession }
  | { kind: 'waitlist'; session: AdminSession }
  | null;

interface SessionsData {
  readonly sessions: readonly AdminSession[];
  readonly activity: NonNullable<ActivityQuery['activity']>;
}

/** Monday of the week holding `date` (venue-local calendar dates, UTC arithmetic). */
function mondayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(date, -((dow + 6) % 7));
}

@customElement('console-sessions-view')
export class ConsoleSessionsView extends ConsoleView {
  static override styles = [...ConsoleView.styles, sessionsStyles];

  @state() private activityId = '';
  @state() private mode: 'week' | 'day' = 'week';
  @state() private anchor = '';
  @state() private panel: Panel = null;
  @state() private reason = '';
  @state() private refund = true;
  @state() private busy = false;
  @state() private actionError = '';
  private data = new Load<SessionsData>(this);

  private get activities() {
    return this.ctx.organization.venues.flatMap((v) => v.activities.filter((a) => a.status === 'ACTIVE'));
  }

  private get venue() {
    return this.ctx.venueOfActivity(this.activityId);
  }

  private get today() {
    return localToday(this.venue?.timezone ?? 'UTC');
  }

  /** `#/sessions/<activityId>/<date>` picks the activity and the day; the shell reuses this element across both. */
  protected override willUpdate(changed: Map<string, unknown>): void {
    if (!changed.has('params')) return;
    const [activityId, date] = this.params;
    const known = this.activities.some((a) => a.id === activityId);
    this.activityId = known ? activityId! : this.activityId || (this.activities[0]?.id ?? '');
    this.anchor = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : this.anchor || this.today;
    this.panel = null;
    this.reload();
  }

  private get from() {
    return this.mode === 'week' ? mondayOf(this.anchor) : this.anchor;
  }

  private get days() {
    return this.mode === 'week' ? 7 : 1;
  }

  private reload(): void {
    if (!this.activityId) return;
    const activityId = this.activityId;
    const from = this.from;
    const to = addDays(from, this.days - 1);
    void this.data.load(async () => {
      const [{ sessions }, { activity }] = await Promise.all([
        this.ctx.client.query(SessionsDocument, { activityId, from, to }),
        this.ctx.client.query(ActivityDocument, { id: activityId }),
      ]);
      if (!activity) throw new Error('activity missing');
      return { sessions, activity };
    });
  }

  private move(step: number): void {
    this.anchor = addDays(this.from, step * this.days);
    this.panel = null;
    this.reload();
  }

  private readonly handlers: GridHandlers = {
    block: (date) => this.open({ kind: 'block', date }),
    cancel: (session) => this.open({ kind: 'cancel', session }),
    waitlist: (session) => this.open({ kind: 'waitlist', session }),
  };

  private open(panel: Panel): void {
    this.panel = panel;
    this.reason = '';
    this.refund = true;
    this.actionError = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#panel input')?.focus());
  }

  private async review(event: Event): Promise<void> {
    event.preventDefault();
    const panel = this.panel;
    const data = this.data.value;
    if (!panel || !data || this.busy) return;
    this.busy = true;
    this.actionError = '';
    const target = { ctx: this.ctx, activityId: this.activityId, activityName: data.activity.name };
    try {
      const done =
        panel.kind === 'block'
          ? await blockDateFlow(target, panel.date, this.reason.trim())
          : await cancelSessionFlow(target, panel.session, this.refund, this.venue?.currency ?? 'USD');
      if (done) {
        this.panel = null;
        this.reload();
        // The panel (and the button that opened the dialog) is gone: focus goes back to the page's heading.
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
      }
    } catch (err) {
      this.actionError = errorMessage(err);
    } finally {
      this.busy = false;
    }
  }

  private renderPanel() {
    const p = this.panel;
    if (!p) return nothing;
    if (p.kind === 'waitlist')
      return html`<console-session-waitlist
        id="panel"
        .ctx=${this.ctx}
        .session=${p.session}
        timezone=${this.venue?.timezone ?? 'UTC'}
        @console-waitlist-close=${() => (this.panel = null)}
        @console-waitlist-changed=${() => this.reload()}
      ></console-session-waitlist>`;
    const title =
      p.kind === 'block'
        ? t('blockTitle', { date: formatLocalDate(p.date, 'long') })
        : t('cancelTitle', { time: p.session.localStartTime, date: formatLocalDate(p.session.localDate, 'long') });
    return html`<form
      id="panel"
      class="card panel"
      aria-labelledby="panel-title"
      @submit=${(e: Event) => this.review(e)}
    >
      <h2 id="panel-title">${title}</h2>
      ${
        p.kind === 'block'
          ? html`<label for="reason">${t('reason')}</label>
              <input
                id="reason"
                maxlength="200"
                aria-describedby="reason-hint"
                .value=${this.reason}
                @input=${(e: Event) => (this.reason = (e.target as HTMLInputElement).value)}
              />
              <p id="reason-hint" class="muted small-text">${t('reasonHint')}</p>`
          : html`<label class="check"
              ><input
                type="checkbox"
                .checked=${this.refund}
                @change=${(e: Event) => (this.refund = (e.target as HTMLInputElement).checked)}
              />
              ${t('refund')}</label
            >`
      }
      ${this.actionError ? html`<p class="field-error" role="alert">${this.actionError}</p>` : nothing}
      <div class="panel-actions">
        <button type="submit" class="button primary" ?disabled=${this.busy}>${t('review')}</button>
        <button type="button" class="button" @click=${() => (this.panel = null)}>${t('close')}</button>
      </div>
    </form>`;
  }

  private renderToolbar() {
    const to = addDays(this.from, this.days - 1);
    const range =
      this.days === 1 ? formatLocalDate(this.from, 'long') : `${formatLocalDate(this.from)} – ${formatLocalDate(to)}`;
    return html`<div class="toolbar">
      <div>
        <label for="activity">${t('activity')}</label>
        <select
          id="activity"
          @change=${(e: Event) => {
            this.activityId = (e.target as HTMLSelectElement).value;
            this.panel = null;
            this.reload();
          }}
        >
          ${this.activities.map(
            (a) => html`<option value=${a.id} ?selected=${a.id === this.activityId}>${a.name}</option>`,
          )}
        </select>
      </div>
      <div role="group" aria-label=${t('range')} class="segmented">
        ${(['week', 'day'] as const).map(
          (m) =>
            html`<button
              type="button"
              class="button"
              aria-pressed=${this.mode === m ? 'true' : 'false'}
              @click=${() => {
                this.mode = m;
                this.reload();
              }}
            >
              ${t(m)}
            </button>`,
        )}
      </div>
      <div class="nav">
        <button type="button" class="button" @click=${() => this.move(-1)}>‹ ${t('previous')}</button>
        <button
          type="button"
          class="button"
          @click=${() => {
            this.anchor = this.today;
            this.reload();
          }}
        >
          ${t('today')}
        </button>
        <button type="button" class="button" @click=${() => this.move(1)}>${t('next')} ›</button>
      </div>
      <p class="range" aria-live="polite">${range}</p>
    </div>`;
  }

  override render() {
    if (this.activities.length === 0)
      return html`<h1 tabindex="-1">${t('title')}</h1>
        <p class="state state-empty">${t('noActivities')}</p>`;
    return html`<h1 tabindex="-1">${t('title')}</h1>
      <p class="lede">${t('lede')}</p>
      ${this.renderToolbar()} ${this.renderPanel()}
      ${renderLoad(this.data, {
        // An empty week still shows its days: a date can be blocked before it has sessions.
        isEmpty: () => false,
        ready: (d) => {
          const blocked = new Map(d.activity.schedule.blockedDates.map((b) => [b.date, b.reason ?? '']));
          const days = buildDays(this.from, this.days, d.sessions, blocked, this.today);
          return html`${d.sessions.length === 0 ? html`<p class="state state-empty">${t('noSessions')}</p>` : nothing}
          ${this.mode === 'week' ? renderWeek(days, this.handlers) : renderDay(days[0]!, this.handlers)}`;
        },
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'console-sessions-view': ConsoleSessionsView;
  }
}
