import { html, nothing, type TemplateResult } from 'lit';
import { formatTime } from '../internal/dates.ts';
import { t, type Messages } from '../internal/i18n.ts';
import { maxParty, partySize, priceName } from '../flow/selectors.ts';
import type { Picked } from '../flow/state.ts';
import { st, totalCents } from './selling.ts';
import { heading, money, type Dispatch } from './shared.ts';

/** Steppers per price tier within the party limits, and the live total in the venue's currency. */
export function ticketsStep(s: Picked, m: Messages, dispatch: Dispatch): TemplateResult {
  const a = s.activity;
  const cur = s.config.venue.currency;
  const full = partySize(s) >= maxParty(s);
  const err = s.errors.party;
  return html`<section part="tickets" class="tickets">
    ${heading(`${t(m, 'tickets')} · ${formatTime(s.session.startsAt, m.locale, s.config.venue.timezone)}`)}
    <p class="note" id="party-note">
      ${
        a.schedule.bookingMode === 'PRIVATE'
          ? st(m, 'privateUpTo', { max: maxParty(s) })
          : t(m, 'party', { min: a.minParty, max: maxParty(s) })
      }
    </p>
    ${a.prices.map((p) => {
      const n = s.qty[p.id] ?? 0;
      const name = priceName(p, m);
      return html`<div class="tier" role="group" aria-labelledby="tier-${p.id}" aria-describedby="party-note">
        <span id="tier-${p.id}" class="tier-name"
          >${name}
          <span class="price"
            >${
              p.per === 'GROUP'
                ? st(m, 'perGroup', { price: money(m, p.amountCents, cur) })
                : money(m, p.amountCents, cur)
            }</span
          ></span
        >
        <button
          class="step"
          aria-label=${t(m, 'fewer', { name })}
          aria-disabled=${n <= 0 ? 'true' : 'false'}
          @click=${() => dispatch({ type: 'ticket', priceId: p.id, delta: -1 })}
        >
          −
        </button>
        <output aria-live="polite" aria-label=${t(m, 'count', { name })}>${n}</output>
        <button
          class="step"
          aria-label=${t(m, 'more', { name })}
          aria-disabled=${full ? 'true' : 'false'}
          @click=${() => dispatch({ type: 'ticket', priceId: p.id, delta: 1 })}
        >
          +
        </button>
      </div>`;
    })}
    ${promoField(s, m, dispatch)}
    <p class="total" aria-live="polite">
      <span>${t(m, 'total')}</span> <strong>${money(m, s.promo?.totalCents ?? totalCents(s), cur)}</strong>
    </p>
    ${err ? html`<p class="error" role="alert">${t(m, err, { min: a.minParty, max: maxParty(s) })}</p>` : nothing}
    <div class="actions">
      <button class="secondary" @click=${() => dispatch({ type: 'back' })}>${t(m, 'back')}</button>
      <button class="primary" @click=${() => dispatch({ type: 'toContact' })}>${t(m, 'next')}</button>
    </div>
  </section>`;
}

/** The promo code: a labelled field and Apply; the server's discount, or its sentence for a bad code. */
function promoField(s: Picked, m: Messages, dispatch: Dispatch): TemplateResult {
  const { promo, promoError: err } = s;
  const apply = () => s.promoCode?.trim() && dispatch({ type: 'promo', patch: {}, quote: true });
  return html`<div class="field promo">
      <label for="promo">${st(m, 'promoCode')}</label>
      <div class="row">
        <input
          id="promo"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          .value=${s.promoCode ?? ''}
          aria-invalid=${err ? 'true' : 'false'}
          aria-describedby=${err ? 'promo-err' : nothing}
          @input=${(e: Event) =>
            dispatch({
              type: 'promo',
              patch: { promoCode: (e.target as HTMLInputElement).value, promo: undefined, promoError: false },
            })}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && apply()}
        />
        <button class="secondary" @click=${apply}>${st(m, 'apply')}</button>
      </div>
      ${err ? html`<p class="error" id="promo-err" role="alert">${st(m, 'invalid')}</p>` : nothing}
    </div>
    ${
      promo && promo.discountCents > 0
        ? html`<p class="discount" aria-live="polite">
            <span>${st(m, 'discount', { code: promo.code.toUpperCase() })}</span>
            <span>−${money(m, promo.discountCents, s.config.venue.currency)}</span>
          </p>`
        : nothing
    }`;
}
