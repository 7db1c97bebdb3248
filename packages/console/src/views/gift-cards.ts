// Gift cards (issue 22): issue a card (the code is shown once, after the confirm dialog), look a card up
// by its code, list the organization's cards, and read any card's history (issued, redeemed, restored).
import {
  GiftCardDocument,
  GiftCardsDocument,
  IssueGiftCardDocument,
  isSlotkitError,
  type GiftCardQuery,
  type GiftCardsQuery,
} from '@slotkit/sdk';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { errorMessage } from '../ui/errors.ts';
import { formatDateTime, formatMoney } from '../ui/format.ts';
import { Load, renderLoad } from '../ui/load.ts';
import { sharedStyles } from '../ui/styles.ts';
import { fieldError, hasErrors, serverFieldErrors, type FieldErrors } from '../ui/validate.ts';
import { ConsoleView } from '../ui/view.ts';
import { checkForm, emptyForm, toInput, type GiftCardForm } from './gift-cards/form-model.ts';
import { t } from './gift-cards/text.ts';
import { giftCardsStyles } from './gift-cards/styles.ts';

type Card = GiftCardsQuery['giftCards'][number];
type CardWithHistory = GiftCardQuery['giftCard'];

@customElement('console-gift-cards-view')
export class ConsoleGiftCardsView extends ConsoleView {
  static override styles = [sharedStyles, giftCardsStyles];

  @state() private form: GiftCardForm = emptyForm(this.defaultCurrency);
  @state() private errors: FieldErrors = {};
  @state() private touched = false;
  @state() private busy = false;
  /** The code of the card just issued: shown once, until hidden or the page is left. */
  @state() private shownCode?: { code: string; last4: string };
  @state() private lookupCode = '';
  @state() private lookupError?: string;
  /** The card whose history is open (by look-up or from the list). */
  @state() private opened?: CardWithHistory;
  private cards = new Load<GiftCardsQuery['giftCards']>(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.form = emptyForm(this.defaultCurrency);
    void this.cards.load(async () => (await this.ctx.client.query(GiftCardsDocument, {})).giftCards);
  }

  /** Cards belong to the organization; the first venue's currency is the likely one, any venue's may be chosen. */
  private get defaultCurrency(): string {
    return this.ctx?.organization.venues[0]?.currency ?? 'USD';
  }
  private get currencies(): string[] {
    return [...new Set([this.defaultCurrency, ...this.ctx.organization.venues.map((v) => v.currency.toUpperCase())])];
  }
  private get zone(): string {
    return this.ctx.organization.venues[0]?.timezone ?? 'UTC';
  }

  override render() {
    return html`<h1>${t('title')}</h1>
      <p class="lede">${t('lede')}</p>
      ${this.shownCode ? this.renderCode(this.shownCode) : nothing}
      <div class="layout">
        <div class="side">
          <section class="card" aria-labelledby="cards-title">
            <h2 id="cards-title">${t('cards')}</h2>
            ${renderLoad(this.cards, { empty: t('empty'), ready: (cards) => this.renderTable(cards) })}
          </section>
          ${this.opened ? this.renderHistory(this.opened) : nothing}
        </div>
        <div class="side">${this.renderForm()} ${this.renderLookup()}</div>
      </div>`;
  }

  private renderCode(shown: { code: string; last4: string }) {
    return html`<section class="card code-once" aria-labelledby="code-title" role="status">
      <h2 id="code-title">${t('codeOnce')}</h2>
      <output aria-label=${t('code')}>${shown.code}</output>
      <p class="hint muted">${t('codeNote')}</p>
      <div class="toolbar">
        <button type="button" class="button primary" @click=${() => this.copy(shown.code)}>${t('copy')}</button>
        <button type="button" class="button" @click=${() => (this.shownCode = undefined)}>${t('hide')}</button>
      </div>
    </section>`;
  }

  private set<K extends keyof GiftCardForm>(name: K, value: GiftCardForm[K]): void {
    this.form = { ...this.form, [name]: value };
    if (this.touched) this.errors = checkForm(this.form);
  }

  private renderForm() {
    const f = this.form;
    const err = this.errors;
    return html`<form class="card" aria-labelledby="issue-title" novalidate @submit=${this.issue}>
      <h2 id="issue-title">${t('issue')}</h2>
      <label for="currency">${t('currency')}</label>
      <select id="currency" @change=${(e: Event) => this.set('currency', (e.target as HTMLSelectElement).value)}>
        ${this.currencies.map((c) => html`<option value=${c} ?selected=${f.currency === c}>${c}</option>`)}
      </select>
      <label for="amount">${t('amount', { currency: f.currency })}</label>
      <input
        id="amount"
        inputmode="decimal"
        autocomplete="off"
        .value=${f.amount}
        aria-invalid=${err.amount ? 'true' : 'false'}
        aria-describedby=${err.amount ? 'amount-error' : nothing}
        @input=${(e: Event) => this.set('amount', (e.target as HTMLInputElement).value)}
      />
      ${fieldError(err, 'amount')}
      <label for="recipientEmail">${t('recipient')}</label>
      <input
        id="recipientEmail"
        type="email"
        autocomplete="off"
        .value=${f.recipientEmail}
        aria-invalid=${err.recipientEmail ? 'true' : 'false'}
        aria-describedby=${err.recipientEmail ? 'recipientEmail-error' : 'recipient-hint'}
        @input=${(e: Event) => this.set('recipientEmail', (e.target as HTMLInputElement).value)}
      />
      ${fieldError(err, 'recipientEmail')}
      ${err.recipientEmail ? nothing : html`<p class="hint muted" id="recipient-hint">${t('recipientHint')}</p>`}
      <button type="submit" class="button primary" ?disabled=${this.busy}>${t('submit')}</button>
    </form>`;
  }

  private renderLookup() {
    return html`<form class="card" aria-labelledby="lookup-title" novalidate @submit=${this.lookup}>
      <h2 id="lookup-title">${t('lookup')}</h2>
      <label for="lookup-code">${t('code')}</label>
      <div class="row">
        <input
          id="lookup-code"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          placeholder="XXXX-XXXX-XXXX-XXXX"
          .value=${this.lookupCode}
          aria-invalid=${this.lookupError ? 'true' : 'false'}
          aria-describedby=${this.lookupError ? 'lookup-code-error' : nothing}
          @input=${(e: Event) => {
            this.lookupCode = (e.target as HTMLInputElement).value;
            this.lookupError = undefined;
          }}
        />
        <button type="submit" class="button">${t('find')}</button>
      </div>
      ${
        this.lookupError
          ? html`<p class="field-error" id="lookup-code-error" role="alert">${this.lookupError}</p>`
          : nothing
      }
    </form>`;
  }

  private money(cents: number, currency: string): string {
    return formatMoney(cents, currency);
  }

  private renderTable(cards: readonly Card[]) {
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="cards-title">
      <table>
        <thead>
          <tr>
            <th scope="col">${t('card')}</th>
            <th scope="col">${t('balance')}</th>
            <th scope="col">${t('recipient')}</th>
            <th scope="col">${t('source')}</th>
            <th scope="col">${t('created')}</th>
            <th scope="col"><span class="visually-hidden">${t('history')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${cards.map(
            (c) =>
              html`<tr>
                <td><code>•••• ${c.last4}</code></td>
                <td class="num">
                  ${t('of', {
                    balance: this.money(c.balanceCents, c.currency),
                    initial: this.money(c.initialCents, c.currency),
                  })}
                </td>
                <td>${c.recipientEmail}</td>
                <td>
                  <span class="badge ${c.source === 'PURCHASE' ? 'ok' : ''}"
                    >${c.source === 'PURCHASE' ? t('purchase') : t('admin')}</span
                  >
                </td>
                <td>${formatDateTime(c.createdAt, this.zone)}</td>
                <td>
                  <button
                    type="button"
                    class="button"
                    aria-label=${t('showHistory', { last4: c.last4 })}
                    aria-expanded=${this.opened?.id === c.id ? 'true' : 'false'}
                    @click=${() => this.open({ id: c.id })}
                  >
                    ${t('history')}
                  </button>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderHistory(card: CardWithHistory) {
    return html`<section class="card found" aria-labelledby="history-title">
      <h2 id="history-title" tabindex="-1">${t('historyOf', { last4: card.last4 })}</h2>
      <p>
        ${t('balance')}:
        <strong>${this.money(card.balanceCents, card.currency)}</strong>
        (${t('of', {
          balance: this.money(card.balanceCents, card.currency),
          initial: this.money(card.initialCents, card.currency),
        })})
        · ${card.recipientEmail}
      </p>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="history-title">
        <table>
          <thead>
            <tr>
              <th scope="col">${t('when')}</th>
              <th scope="col">${t('what')}</th>
              <th scope="col">${t('change')}</th>
              <th scope="col">${t('after')}</th>
              <th scope="col">${t('booking')}</th>
            </tr>
          </thead>
          <tbody>
            ${card.history.map(
              (e) =>
                html`<tr>
                  <td>${formatDateTime(e.createdAt, this.zone)}</td>
                  <td>${t(e.kind)}</td>
                  <td class="num">${e.amountCents > 0 ? '+' : ''}${this.money(e.amountCents, card.currency)}</td>
                  <td class="num">${this.money(e.balanceAfterCents, card.currency)}</td>
                  <td>
                    ${e.bookingNumber ? html`<a href="#/bookings/${e.bookingNumber}">${e.bookingNumber}</a>` : nothing}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <button type="button" class="button" @click=${() => (this.opened = undefined)}>${t('close')}</button>
    </section>`;
  }

  private async open(by: { id?: string; code?: string }): Promise<boolean> {
    try {
      const { giftCard } = await this.ctx.client.query(GiftCardDocument, { id: by.id ?? null, code: by.code ?? null });
      this.opened = giftCard;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#history-title')?.focus();
      return true;
    } catch (err) {
      if (isSlotkitError(err, 'GIFT_CARD_INVALID') || isSlotkitError(err, 'NOT_FOUND')) {
        this.lookupError = t('notFound');
        return false;
      }
      this.ctx.notify(errorMessage(err));
      return false;
    }
  }

  private lookup = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!this.lookupCode.trim()) {
      this.lookupError = t('notFound');
      return;
    }
    await this.open({ code: this.lookupCode });
  };

  private issue = async (event: Event): Promise<void> => {
    event.preventDefault();
    this.touched = true;
    this.errors = checkForm(this.form);
    if (hasErrors(this.errors)) {
      const first = Object.keys(this.errors).find((k) => this.errors[k]);
      this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
      return;
    }
    const input = toInput(this.form);
    const ok = await this.ctx.confirm({
      title: t('confirmTitle', { amount: this.money(input.amountCents, input.currency) }),
      message: t('confirmMessage', { email: input.recipientEmail }),
      confirmLabel: t('confirmIssue'),
      tone: 'primary',
    });
    if (!ok) return;
    this.busy = true;
    try {
      const { issueGiftCard } = await this.ctx.client.mutate(IssueGiftCardDocument, { input });
      this.shownCode = { code: issueGiftCard.code ?? '', last4: issueGiftCard.last4 };
      this.ctx.notify(t('issued', { last4: issueGiftCard.last4, email: issueGiftCard.recipientEmail }));
      this.form = emptyForm(this.form.currency);
      this.touched = false;
      this.errors = {};
      void this.cards.reload();
    } catch (err) {
      this.errors = serverFieldErrors(err) ?? { amount: errorMessage(err) };
    } finally {
      this.busy = false;
    }
  };

  private async copy(code: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(code);
      this.ctx.notify(t('copied'));
    } catch {
      // No clipboard (insecure page): the code stays on screen to copy by hand.
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'console-gift-cards-view': ConsoleGiftCardsView;
  }
}
