// Promo codes (issue 22): the list with each code's terms, validity and use; a create form checked
// here and by the server; deactivate through the confirm dialog, which says what happens to holds.
import {
  CreatePromoCodeDocument,
  DeactivatePromoCodeDocument,
  PromoCodesDocument,
  type PromoCodesQuery,
} from '@slotkit/sdk';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { errorMessage } from '../ui/errors.ts';
import { formatLocalDate, formatMoney, localToday } from '../ui/format.ts';
import { Load, renderLoad } from '../ui/load.ts';
import { sharedStyles } from '../ui/styles.ts';
import { fieldError, hasErrors, serverFieldErrors, type FieldErrors } from '../ui/validate.ts';
import { ConsoleView } from '../ui/view.ts';
import { checkForm, emptyForm, toInput, type PromoForm } from './promo-codes/form-model.ts';
import { t } from './promo-codes/text.ts';
import { promoCodesStyles } from './promo-codes/styles.ts';

type Promo = PromoCodesQuery['promoCodes'][number];

@customElement('console-promo-codes-view')
export class ConsolePromoCodesView extends ConsoleView {
  static override styles = [sharedStyles, promoCodesStyles];

  @state() private form: PromoForm = emptyForm();
  @state() private errors: FieldErrors = {};
  @state() private touched = false;
  @state() private busy = false;
  private codes = new Load<PromoCodesQuery['promoCodes']>(this);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.codes.load(async () => (await this.ctx.client.query(PromoCodesDocument)).promoCodes);
  }

  /** Promo codes belong to the organization; dates and amounts read in its first venue's zone and currency. */
  private get venue() {
    return this.ctx.organization.venues[0];
  }
  private get zone() {
    return this.venue?.timezone ?? 'UTC';
  }
  private get currency() {
    return this.venue?.currency ?? 'USD';
  }

  override render() {
    return html`<h1>${t('title')}</h1>
      <p class="lede">${t('lede')}</p>
      <div class="layout">
        <section class="card" aria-labelledby="codes-title">
          <h2 id="codes-title">${t('codes')}</h2>
          ${renderLoad(this.codes, { empty: t('empty'), ready: (codes) => this.renderTable(codes) })}
        </section>
        ${this.renderForm()}
      </div>`;
  }

  private set<K extends keyof PromoForm>(name: K, value: PromoForm[K]): void {
    this.form = { ...this.form, [name]: value };
    if (this.touched) this.errors = checkForm(this.form);
  }

  private input(
    name: 'code' | 'value' | 'validFrom' | 'validUntil' | 'maxRedemptions',
    label: string,
    attrs: {
      type?: string;
      hint?: string;
      inputmode?: string;
    } = {},
  ) {
    const err = this.errors[name];
    const describedBy = err ? `${name}-error` : attrs.hint ? `${name}-hint` : undefined;
    return html`<label for=${name}>${label}</label>
      <input
        id=${name}
        name=${name}
        type=${attrs.type ?? 'text'}
        inputmode=${attrs.inputmode ?? nothing}
        autocomplete="off"
        .value=${this.form[name]}
        aria-invalid=${err ? 'true' : 'false'}
        aria-describedby=${describedBy ?? nothing}
        @input=${(e: Event) => this.set(name, (e.target as HTMLInputElement).value)}
      />
      ${fieldError(this.errors, name)}
      ${attrs.hint && !err ? html`<p class="hint muted" id="${name}-hint">${attrs.hint}</p>` : nothing}`;
  }

  private renderForm() {
    const activities = this.ctx.organization.venues.flatMap((v) => v.activities.filter((a) => a.status !== 'ARCHIVED'));
    const f = this.form;
    return html`<form class="card" aria-labelledby="create-title" novalidate @submit=${this.create}>
      <h2 id="create-title">${t('create')}</h2>
      ${this.input('code', t('code'), { hint: t('codeHint') })}
      <label for="kind">${t('kind')}</label>
      <select
        id="kind"
        .value=${f.kind}
        @change=${(e: Event) => this.set('kind', (e.target as HTMLSelectElement).value as PromoForm['kind'])}
      >
        <option value="percent" ?selected=${f.kind === 'percent'}>${t('percent')}</option>
        <option value="amount" ?selected=${f.kind === 'amount'}>${t('amount')}</option>
      </select>
      ${this.input('value', f.kind === 'percent' ? t('percentOff') : t('amountOff', { currency: this.currency }), {
        inputmode: 'decimal',
      })}
      ${this.input('validFrom', t('validFrom'), { type: 'date' })}
      ${this.input('validUntil', t('validUntil'), { type: 'date' })}
      ${this.input('maxRedemptions', t('maxRedemptions'), { inputmode: 'numeric', hint: t('maxHint') })}
      ${
        activities.length
          ? html`<fieldset aria-describedby="activities-hint">
              <legend>${t('activities')}</legend>
              ${activities.map(
                (a) =>
                  html`<label
                    ><input
                      type="checkbox"
                      .checked=${f.activityIds.includes(a.id)}
                      @change=${(e: Event) =>
                        this.set(
                          'activityIds',
                          (e.target as HTMLInputElement).checked
                            ? [...f.activityIds, a.id]
                            : f.activityIds.filter((id) => id !== a.id),
                        )}
                    />${a.name}</label
                  >`,
              )}
              <p class="hint muted" id="activities-hint">${t('activitiesHint')}</p>
            </fieldset>`
          : nothing
      }
      ${fieldError(this.errors, 'activityIds')}
      <button type="submit" class="button primary" ?disabled=${this.busy}>${t('submit')}</button>
    </form>`;
  }

  private discount(p: Promo): string {
    return p.percentOff != null ? `${p.percentOff}%` : formatMoney(p.amountOffCents ?? 0, this.currency);
  }

  /** The venue-local days a code is valid: its first day, and the day before its (exclusive) end. */
  private validity(p: Promo): string {
    const from = p.validFrom ? formatLocalDate(localToday(this.zone, new Date(p.validFrom))) : '';
    const lastDay = p.validUntil ? localToday(this.zone, new Date(Date.parse(p.validUntil) - 1)) : '';
    const until = lastDay ? formatLocalDate(lastDay) : '';
    if (!from && !until) return t('always');
    return [from && t('fromOn', { from }), until && t('until', { until })].filter(Boolean).join(' ');
  }

  private activityNames(p: Promo): string {
    if (p.activityIds.length === 0) return t('all');
    const names = new Map(this.ctx.organization.venues.flatMap((v) => v.activities.map((a) => [a.id, a.name])));
    return p.activityIds.map((id) => names.get(id) ?? id).join(', ');
  }

  private renderTable(codes: readonly Promo[]) {
    // Focusable: on a narrow screen the table scrolls sideways, also when it holds no button.
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="codes-title">
      <table>
        <thead>
          <tr>
            <th scope="col">${t('code')}</th>
            <th scope="col">${t('discount')}</th>
            <th scope="col">${t('valid')}</th>
            <th scope="col">${t('redemptions')}</th>
            <th scope="col">${t('activities')}</th>
            <th scope="col"><span class="visually-hidden">${t('deactivate')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${codes.map(
            (p) =>
              html`<tr class=${p.active ? '' : 'inactive'}>
                <td><code>${p.code}</code>${p.active ? nothing : html`<span class="badge">${t('inactive')}</span>`}</td>
                <td>${this.discount(p)}</td>
                <td class="wrap">${this.validity(p)}</td>
                <td>${p.maxRedemptions ? t('of', { n: p.redemptions, max: p.maxRedemptions }) : p.redemptions}</td>
                <td class="wrap">${this.activityNames(p)}</td>
                <td>
                  ${
                    p.active
                      ? html`<button
                          type="button"
                          class="button small danger"
                          aria-label=${t('deactivateLabel', { code: p.code })}
                          @click=${() => this.deactivate(p)}
                        >
                          ${t('deactivate')}
                        </button>`
                      : nothing
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private create = async (event: Event): Promise<void> => {
    event.preventDefault();
    this.touched = true;
    this.errors = checkForm(this.form);
    if (hasErrors(this.errors)) {
      const first = Object.keys(this.errors).find((k) => this.errors[k]);
      this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
      return;
    }
    this.busy = true;
    try {
      const { createPromoCode } = await this.ctx.client.mutate(CreatePromoCodeDocument, {
        input: toInput(this.form, this.zone),
      });
      this.ctx.notify(t('created', { code: createPromoCode.code }));
      this.form = emptyForm();
      this.touched = false;
      this.errors = {};
      void this.codes.reload();
    } catch (err) {
      // The server names the field (code taken, bad terms); amounts map onto the one value field.
      const fields = serverFieldErrors(err);
      const mapped =
        fields &&
        Object.fromEntries(
          Object.entries(fields).map(([k, v]) => [k === 'percentOff' || k === 'amountOffCents' ? 'value' : k, v]),
        );
      this.errors = mapped ?? { code: errorMessage(err) };
    } finally {
      this.busy = false;
    }
  };

  private async deactivate(p: Promo): Promise<void> {
    const ok = await this.ctx.confirm({
      title: t('deactivateTitle', { code: p.code }),
      message: t('deactivateMessage', { code: p.code }),
      confirmLabel: t('confirmDeactivate'),
    });
    if (!ok) return;
    try {
      await this.ctx.client.mutate(DeactivatePromoCodeDocument, { id: p.id });
      this.ctx.notify(t('deactivated', { code: p.code }));
    } catch (err) {
      this.ctx.notify(errorMessage(err));
    }
    void this.codes.reload();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'console-promo-codes-view': ConsolePromoCodesView;
  }
}
