// The prices step: one Adult price, at most one Child, any number of custom
// tiers (each with a code for its lookup key), and each name in Spanish and German.
import { html, nothing } from 'lit';
import { fieldMessage, idOf, inputField, type Binding } from './fields.ts';
import { NAME_LOCALES, type Tier } from './form-model.ts';
import { t } from './messages.ts';

const TIERS: readonly Tier[] = ['ADULT', 'CHILD', 'CUSTOM'];

export function renderPrices(b: Binding, currency: string) {
  const prices = b.form.prices;
  return html`<section class="card section" aria-labelledby="prices-h">
    <h2 id="prices-h">${t('prices')}</h2>
    ${prices.map((p, i) => {
      const base = `prices.${i}`;
      const tierId = `${idOf(base)}-tier`;
      return html`<div class="price" role="group" aria-label="${t(p.tier)} ${p.name}">
        <div class="fields">
          <div class="field">
            <label for=${tierId}>${t('tier')}</label>
            <select
              id=${tierId}
              @change=${(e: Event) =>
                b.change((f) => {
                  f.prices[i] = { ...f.prices[i]!, tier: (e.target as HTMLSelectElement).value as Tier };
                })}
            >
              ${TIERS.map((tier) => html`<option value=${tier} ?selected=${tier === p.tier}>${t(tier)}</option>`)}
            </select>
          </div>
          ${inputField(b, `${base}.name`, t('priceName'), p.name, (f, v) => {
            f.prices[i] = { ...f.prices[i]!, name: v };
          })}
          ${inputField(
            b,
            `${base}.amountCents`,
            t('amount', { currency }),
            p.amount,
            (f, v) => (f.prices[i] = { ...f.prices[i]!, amount: v }),
            { type: 'number', min: 0, step: '0.01' },
          )}
          <div class="field">
            <label for="${idOf(base)}-per">${t('per')}</label>
            <select
              id="${idOf(base)}-per"
              @change=${(e: Event) =>
                b.change((f) => {
                  f.prices[i] = { ...f.prices[i]!, per: (e.target as HTMLSelectElement).value as 'PERSON' | 'GROUP' };
                })}
            >
              <option value="PERSON" ?selected=${p.per !== 'GROUP'}>${t('perPerson')}</option>
              <option value="GROUP" ?selected=${p.per === 'GROUP'}>${t('perGroup')}</option>
            </select>
          </div>
          ${
            p.tier === 'CUSTOM'
              ? inputField(b, `${base}.slug`, t('slug'), p.slug, (f, v) => (f.prices[i] = { ...f.prices[i]!, slug: v }))
              : nothing
          }
          ${NAME_LOCALES.map((locale) =>
            inputField(b, `${base}.names.${locale}`, t('nameIn', { language: t(locale) }), p.names[locale], (f, v) => {
              f.prices[i] = { ...f.prices[i]!, names: { ...f.prices[i]!.names, [locale]: v } };
            }),
          )}
        </div>
        ${fieldMessage(b, base)}
        ${
          prices.length > 1
            ? html`<button
                type="button"
                class="button small"
                aria-label=${t('removeOf', { what: p.name || t(p.tier) })}
                @click=${() => b.change((f) => f.prices.splice(i, 1))}
              >
                ${t('remove')}
              </button>`
            : nothing
        }
      </div>`;
    })}
    ${fieldMessage(b, 'prices')}
    <button
      type="button"
      class="button small"
      @click=${() =>
        b.change((f) =>
          f.prices.push({
            tier: f.prices.some((p) => p.tier === 'CHILD') ? 'CUSTOM' : 'CHILD',
            name: '',
            amount: '',
            slug: '',
            names: { es: '', de: '' },
            per: 'PERSON',
          }),
        )}
    >
      + ${t('addPrice')}
    </button>
  </section>`;
}
