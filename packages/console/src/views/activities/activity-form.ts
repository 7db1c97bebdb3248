// The activity editor: every field of activities.settings and the prices, a
// live <booking-widget preview> of the unsaved form, validation as you type
// (whole numbers locally; everything else by the server's own dry run, whose
// BAD_USER_INPUT names the field), and a save that first shows what will happen
// to existing sessions (added, removed, kept with bookings) in the confirm dialog.
import { isSlotkitError } from '@slotkit/sdk';
import {
  CreateActivityDocument,
  PreviewActivityCreateDocument,
  PreviewActivityUpdateDocument,
  UpdateActivityDocument,
} from '@slotkit/sdk/generated';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsoleContext } from '../../shell/context.ts';
import { errorMessage } from '../../ui/errors.ts';
import { sharedStyles } from '../../ui/styles.ts';
import { activityFormStyles } from './form-styles.ts';
import { formInput, idOf, type Binding } from './fields.ts';
import {
  inputOf,
  localProblems,
  previewConfigOf,
  type ActivityForm,
  type SavedActivity,
  type SavedVenue,
} from './form-model.ts';
import { t } from './messages.ts';
import { renderPrices } from './price-fields.ts';
import { changeMessage, type ChangePreview } from './save-dialog.ts';
import { renderSchedule } from './schedule-fields.ts';
import './widget-preview.ts';

type Check =
  | { status: 'idle' | 'checking' }
  | { status: 'ok'; preview: ChangePreview }
  | { status: 'invalid'; field: string; message: string };

@customElement('console-activity-form')
export class ConsoleActivityForm extends LitElement {
  static override styles = [sharedStyles, activityFormStyles];

  @property({ attribute: false }) ctx!: ConsoleContext;
  /** The saved activity, or null for a new one. */
  @property({ attribute: false }) activity: SavedActivity | null = null;
  @property({ attribute: false }) venue!: SavedVenue;
  @property({ attribute: false }) form!: ActivityForm;
  @state() private check: Check = { status: 'idle' };
  @state() private saving = false;
  @state() private saveError = '';
  private checkTimer?: ReturnType<typeof setTimeout>;
  private checkRun = 0;
  /** Rebuilt only when the form changes: a new object restarts the previewed widget. */
  private previewConfig?: ReturnType<typeof previewConfigOf>;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('form') || changed.has('venue')) this.previewConfig = previewConfigOf(this.form, this.venue);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.checkTimer);
  }

  protected override firstUpdated(): void {
    if (this.activity) this.scheduleCheck();
  }

  private readonly binding = (): Binding => ({
    form: this.form,
    locale: this.ctx.locale,
    change: (mutate) => {
      const next = structuredClone(this.form);
      mutate(next);
      this.form = next;
      this.saveError = '';
      this.scheduleCheck();
    },
    error: (path) => this.errorFor(path),
  });

  private errorFor(path: string): string | undefined {
    if (localProblems(this.form).includes(path))
      return path.endsWith('amountCents') ? t('amountNumber') : t('wholeNumber');
    if (this.check.status === 'invalid' && this.check.field === path) return this.check.message;
    return undefined;
  }

  /**
   * The server's dry run after a pause in typing: its verdict on the whole form, and what saving would do.
   * It runs the save (locks included) and rolls it back, so it waits for a real pause, not every keystroke.
   */
  private scheduleCheck(): void {
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => void this.runCheck(), 700);
  }

  private async runCheck(): Promise<ChangePreview | undefined> {
    const run = ++this.checkRun;
    if (localProblems(this.form).length > 0) {
      this.check = { status: 'idle' };
      return undefined;
    }
    this.check = { status: 'checking' };
    try {
      const preview = await this.dryRun();
      if (run === this.checkRun) this.check = { status: 'ok', preview };
      return preview;
    } catch (err) {
      if (run !== this.checkRun) return undefined;
      if (isSlotkitError(err, 'BAD_USER_INPUT')) {
        const field = typeof err.extensions['field'] === 'string' ? err.extensions['field'] : '';
        this.check = { status: 'invalid', field, message: err.message };
      } else {
        this.check = { status: 'idle' };
        this.saveError = errorMessage(err);
      }
      return undefined;
    }
  }

  private async dryRun(): Promise<ChangePreview> {
    const input = inputOf(this.form);
    if (!this.activity)
      return (await this.ctx.client.query(PreviewActivityCreateDocument, { input })).previewActivityCreate;
    const { venueId: _venue, ...update } = input;
    return (await this.ctx.client.query(PreviewActivityUpdateDocument, { id: this.activity.id, input: update }))
      .previewActivityUpdate;
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving) return;
    const local = localProblems(this.form);
    if (local.length > 0) {
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${idOf(local[0]!)}`)?.focus();
      return;
    }
    this.saving = true;
    this.saveError = '';
    try {
      clearTimeout(this.checkTimer);
      const preview = await this.runCheck();
      if (!preview) {
        await this.updateComplete;
        const field = this.check.status === 'invalid' ? this.check.field : '';
        this.renderRoot.querySelector<HTMLElement>(field ? `#${idOf(field)}` : '#save-status')?.focus();
        return;
      }
      const name = this.form.name.trim();
      const confirmed = await this.ctx.confirm({
        title: this.activity ? t('confirmTitleEdit', { name }) : t('confirmTitleNew', { name }),
        message: changeMessage(preview),
        confirmLabel: this.activity ? t('confirmLabel') : t('confirmCreate'),
        tone: 'primary',
      });
      if (!confirmed) return;
      const input = inputOf(this.form);
      if (this.activity) {
        const { venueId: _venue, ...update } = input;
        await this.ctx.client.mutate(UpdateActivityDocument, { id: this.activity.id, input: update });
        this.ctx.notify(t('saved', { name }));
      } else {
        const { createActivity } = await this.ctx.client.mutate(CreateActivityDocument, { input });
        this.ctx.notify(t('created', { name, count: createActivity.sessionsCreated }));
      }
      await this.ctx.refresh();
      this.ctx.navigate('activities');
    } catch (err) {
      this.saveError = errorMessage(err);
    } finally {
      this.saving = false;
    }
  }

  private renderStatus() {
    const c = this.check;
    let text: unknown = nothing;
    if (c.status === 'checking') text = t('checking');
    else if (c.status === 'invalid') text = html`<span class="field-error">${t('fix', { message: c.message })}</span>`;
    else if (
      c.status === 'ok' &&
      this.activity &&
      !c.preview.addedCount &&
      !c.preview.removedCount &&
      !c.preview.kept.length
    )
      text = t('noChange');
    else if (c.status === 'ok')
      text = this.activity
        ? t('willChange', { added: c.preview.addedCount, removed: c.preview.removedCount, kept: c.preview.kept.length })
        : t('willCreate', { added: c.preview.addedCount });
    return html`<p id="save-status" class="save-status" tabindex="-1" aria-live="polite">${text}</p>`;
  }

  override render() {
    const b = this.binding();
    return html`<div class="editor">
      <form class="form" novalidate @submit=${(e: Event) => this.save(e)}>
        <section class="card section" aria-labelledby="basics-h">
          <h2 id="basics-h">${t('basics')}</h2>
          <div class="fields">
            ${formInput(b, 'name', 'name', t('name'), { wide: true, required: true })}
            ${formInput(b, 'description', 'description', t('description'), { wide: true })}
            ${formInput(b, 'imageUrl', 'imageUrl', t('imageUrl'), { type: 'url', wide: true })}
            ${formInput(b, 'durationMinutes', 'durationMinutes', t('durationMinutes'), { type: 'number', min: 1 })}
            ${formInput(b, 'capacity', 'capacity', t('capacity'), { type: 'number', min: 1 })}
            ${formInput(b, 'minParty', 'minParty', t('minParty'), { type: 'number', min: 1 })}
            ${formInput(b, 'maxParty', 'maxParty', t('maxParty'), { type: 'number', min: 1 })}
          </div>
        </section>
        ${renderSchedule(b)} ${renderPrices(b, this.venue.currency)}
        <div class="save-bar card">
          ${this.renderStatus()}
          ${this.saveError ? html`<p class="field-error" role="alert">${this.saveError}</p>` : nothing}
          <button type="submit" class="button primary" ?disabled=${this.saving}>
            ${this.activity ? t('save') : t('create')}
          </button>
        </div>
      </form>
      <aside class="preview" aria-labelledby="preview-h">
        <h2 id="preview-h">${t('previewHeading')}</h2>
        <p class="hint">${t('previewNote')}</p>
        <console-widget-preview .config=${this.previewConfig} locale=${this.ctx.locale}></console-widget-preview>
      </aside>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'console-activity-form': ConsoleActivityForm;
  }
}
