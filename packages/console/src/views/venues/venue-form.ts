// A venue's settings (name, time zone, currency, address, waiver, allowed
// origins) and theme, with a live widget preview of the unsaved theme. Checked
// as you type (required, IANA zone and ISO currency through Intl, as the server
// checks them); anything else the server refuses lands on its field on save.
import { isSlotkitError } from '@slotkit/sdk';
import {
  CreateVenueDocument,
  UpdateVenueDocument,
  type ThemeMode,
  type VenueInput,
  type VenueQuery,
} from '@slotkit/sdk/generated';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsoleContext } from '../../shell/context.ts';
import { errorMessage } from '../../ui/errors.ts';
import { sharedStyles } from '../../ui/styles.ts';
import type { PreviewConfig } from '../activities/form-model.ts';
import '../activities/widget-preview.ts';
import { t } from './messages.ts';
import { venueFormStyles } from './form-styles.ts';

export type SavedVenue = NonNullable<VenueQuery['venue']>;

interface VenueForm {
  name: string;
  timezone: string;
  currency: string;
  address: string;
  waiverUrl: string;
  origins: string;
  mode: ThemeMode;
  accentColor: string;
  radiusPx: string;
  fontFamily: string;
}

const supported = (key: 'timeZone' | 'currency') => {
  try {
    return new Set(Intl.supportedValuesOf(key));
  } catch {
    return new Set<string>();
  }
};
const ZONES = supported('timeZone');
const CURRENCIES = supported('currency');

function formOf(v: SavedVenue | null): VenueForm {
  return {
    name: v?.name ?? '',
    timezone: v?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    currency: v?.currency ?? 'EUR',
    address: v?.address ?? '',
    waiverUrl: v?.waiverUrl ?? '',
    origins: (v?.allowedOrigins ?? []).join('\n'),
    mode: v?.theme.mode ?? 'light',
    accentColor: v?.theme.accentColor ?? '4f46e5',
    radiusPx: v?.theme.radiusPx == null ? '' : String(v.theme.radiusPx),
    fontFamily: v?.theme.fontFamily ?? '',
  };
}

function localErrors(f: VenueForm): Record<string, string> {
  const out: Record<string, string> = {};
  if (!f.name.trim()) out['name'] = t('required');
  if (ZONES.size && !ZONES.has(f.timezone) && f.timezone !== 'UTC') out['timezone'] = t('badZone');
  if (CURRENCIES.size && !CURRENCIES.has(f.currency.trim().toUpperCase())) out['currency'] = t('badCurrency');
  if (f.accentColor && !/^([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(f.accentColor)) out['accentColor'] = t('badColor');
  return out;
}

function inputOf(f: VenueForm): VenueInput {
  return {
    name: f.name.trim(),
    timezone: f.timezone.trim(),
    currency: f.currency.trim().toUpperCase(),
    address: f.address.trim() || null,
    waiverUrl: f.waiverUrl.trim() || null,
    allowedOrigins: f.origins
      .split('\n')
      .map((o) => o.trim())
      .filter(Boolean),
    theme: {
      mode: f.mode,
      accentColor: f.accentColor || null,
      radiusPx: f.radiusPx.trim() === '' ? null : Number(f.radiusPx),
      fontFamily: f.fontFamily.trim() || null,
    },
  };
}

/** Sample activity in the unsaved look (the widget's preview mode plans its sessions locally). */
function sampleOf(f: VenueForm): PreviewConfig {
  const input = inputOf(f);
  const timezone = ZONES.has(input.timezone) ? input.timezone : 'UTC';
  const currency = CURRENCIES.has(input.currency) ? input.currency : 'EUR';
  const price = (tier: 'ADULT' | 'CHILD', name: string, amountCents: number) => ({
    id: tier,
    tier,
    name,
    amountCents,
    currency,
    per: 'PERSON' as const,
    names: [],
  });
  return {
    venue: {
      id: 'preview',
      name: input.name || '…',
      timezone,
      currency,
      waiverUrl: null,
      address: null,
      theme: {
        mode: f.mode,
        accentColor: localErrors(f)['accentColor'] ? null : (input.theme?.accentColor ?? null),
        radiusPx: Number.isFinite(input.theme?.radiusPx) ? (input.theme?.radiusPx ?? null) : null,
        fontFamily: input.theme?.fontFamily ?? null,
      },
    },
    activities: [
      {
        id: 'preview',
        name: 'Sample activity',
        description: null,
        imageUrl: null,
        durationMinutes: 60,
        capacity: 8,
        minParty: 1,
        maxParty: 8,
        prices: [price('ADULT', 'Adult', 3000), price('CHILD', 'Child', 1500)],
        schedule: {
          operatingDays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
          startTime: '10:00',
          endTime: '17:00',
          slotInterval: 90,
          advanceBooking: 60,
          customHoursEnabled: false,
          customHours: [],
          customDates: [],
          blockedDates: [],
          minAge: null,
          requiresWaiver: false,
          bookingMode: 'SHARED',
        },
      },
    ],
  };
}

@customElement('console-venue-form')
export class ConsoleVenueForm extends LitElement {
  static override styles = [sharedStyles, venueFormStyles];

  @property({ attribute: false }) ctx!: ConsoleContext;
  @property({ attribute: false }) venue: SavedVenue | null = null;
  @state() private form: VenueForm = formOf(null);
  @state() private serverError: { field: string; message: string } | null = null;
  @state() private saving = false;
  @state() private touched = new Set<string>();
  private preview?: PreviewConfig;

  override connectedCallback(): void {
    super.connectedCallback();
    this.form = formOf(this.venue);
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('form')) this.preview = sampleOf(this.form);
  }

  private set(key: keyof VenueForm, value: string): void {
    this.form = { ...this.form, [key]: value };
    this.touched = new Set([...this.touched, key]);
    if (this.serverError?.field === key) this.serverError = null;
  }

  private error(key: string, all = false): string | undefined {
    const local = (all || this.touched.has(key)) && localErrors(this.form)[key];
    if (local) return local;
    return this.serverError?.field === key ? this.serverError.message : undefined;
  }

  private field(key: keyof VenueForm, label: string, o: { type?: string; wide?: boolean; hint?: string } = {}) {
    const err = this.error(key);
    const describedBy = [err ? `${key}-error` : '', o.hint ? `${key}-hint` : ''].filter(Boolean).join(' ');
    return html`<div class=${o.wide ? 'wide' : ''}>
      <label for=${key}>${label}</label>
      ${
        key === 'origins'
          ? html`<textarea
              id=${key}
              aria-invalid=${err ? 'true' : 'false'}
              aria-describedby=${describedBy || nothing}
              .value=${this.form[key]}
              @input=${(e: Event) => this.set(key, (e.target as HTMLTextAreaElement).value)}
            ></textarea>`
          : html`<input
              id=${key}
              type=${o.type ?? 'text'}
              list=${key === 'timezone' ? 'zones' : key === 'currency' ? 'currencies' : nothing}
              aria-invalid=${err ? 'true' : 'false'}
              aria-describedby=${describedBy || nothing}
              .value=${this.form[key]}
              @input=${(e: Event) => this.set(key, (e.target as HTMLInputElement).value)}
            />`
      }
      ${o.hint ? html`<p class="hint" id="${key}-hint">${o.hint}</p>` : nothing}
      ${err ? html`<p class="field-error" id="${key}-error">${err}</p>` : nothing}
    </div>`;
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    const local = Object.keys(localErrors(this.form));
    if (local.length) {
      this.touched = new Set([...this.touched, ...local]);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${local[0]}`)?.focus();
      return;
    }
    this.saving = true;
    this.serverError = null;
    try {
      const input = inputOf(this.form);
      if (this.venue) {
        await this.ctx.client.mutate(UpdateVenueDocument, { id: this.venue.id, input });
        this.ctx.notify(t('saved', { name: input.name }));
        await this.ctx.refresh();
        this.dispatchEvent(new CustomEvent('venue-saved', { bubbles: true, composed: true }));
      } else {
        const { createVenue } = await this.ctx.client.mutate(CreateVenueDocument, { input });
        this.ctx.notify(t('createdVenue', { name: input.name }));
        await this.ctx.refresh();
        this.ctx.navigate(`venues/${createVenue.id}`);
      }
    } catch (err) {
      const field =
        isSlotkitError(err, 'BAD_USER_INPUT') && typeof err.extensions['field'] === 'string'
          ? err.extensions['field'].split('.')[0]!
          : '';
      const key = field === 'allowedOrigins' ? 'origins' : field;
      this.serverError = { field: key in this.form ? key : '', message: errorMessage(err) };
      await this.updateComplete;
      if (key in this.form) this.renderRoot.querySelector<HTMLElement>(`#${key}`)?.focus();
    } finally {
      this.saving = false;
    }
  }

  override render() {
    return html`<div class="layout">
      <section class="card" aria-labelledby="settings-h">
        <h2 id="settings-h">${t('settings')}</h2>
        <form novalidate @submit=${(e: Event) => this.save(e)}>
          ${this.field('name', t('name'), { wide: true })} ${this.field('timezone', t('timezone'))}
          ${this.field('currency', t('currency'))} ${this.field('address', t('address'), { wide: true })}
          ${this.field('waiverUrl', t('waiverUrl'), { type: 'url', wide: true })}
          ${this.field('origins', t('allowedOrigins'), { wide: true, hint: t('originsHint') })}
          <h3 class="wide">${t('theme')}</h3>
          <div>
            <label for="mode">${t('mode')}</label>
            <select id="mode" @change=${(e: Event) => this.set('mode', (e.target as HTMLSelectElement).value)}>
              ${(['light', 'dark'] as const).map(
                (m) => html`<option value=${m} ?selected=${this.form.mode === m}>${t(m)}</option>`,
              )}
            </select>
          </div>
          <div>
            <label for="accentColor">${t('accentColor')}</label>
            <div class="color">
              <input
                type="color"
                aria-label=${t('accentColor')}
                tabindex="-1"
                .value=${/^[0-9a-fA-F]{6}$/.test(this.form.accentColor) ? `#${this.form.accentColor}` : '#4f46e5'}
                @input=${(e: Event) => this.set('accentColor', (e.target as HTMLInputElement).value.slice(1))}
              />
              <input
                id="accentColor"
                aria-invalid=${this.error('accentColor') ? 'true' : 'false'}
                aria-describedby=${this.error('accentColor') ? 'accentColor-error' : nothing}
                .value=${this.form.accentColor}
                @input=${(e: Event) => this.set('accentColor', (e.target as HTMLInputElement).value.replace('#', ''))}
              />
            </div>
            ${
              this.error('accentColor')
                ? html`<p class="field-error" id="accentColor-error">${this.error('accentColor')}</p>`
                : nothing
            }
          </div>
          ${this.field('radiusPx', t('radiusPx'), { type: 'number' })} ${this.field('fontFamily', t('fontFamily'))}
          ${
            this.serverError && !this.serverError.field
              ? html`<p class="field-error wide" role="alert">${this.serverError.message}</p>`
              : nothing
          }
          <div class="wide">
            <button type="submit" class="button primary" ?disabled=${this.saving}>
              ${this.venue ? t('save') : t('create')}
            </button>
          </div>
          <datalist id="zones">${[...ZONES].map((z) => html`<option value=${z}></option>`)}</datalist>
          <datalist id="currencies">${[...CURRENCIES].map((c) => html`<option value=${c}></option>`)}</datalist>
        </form>
      </section>
      <aside class="card" aria-labelledby="theme-preview-h">
        <h2 id="theme-preview-h">${t('previewHeading')}</h2>
        <p class="hint">${t('previewNote')}</p>
        <console-widget-preview .config=${this.preview} locale=${this.ctx.locale}></console-widget-preview>
      </aside>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'console-venue-form': ConsoleVenueForm;
  }
}
