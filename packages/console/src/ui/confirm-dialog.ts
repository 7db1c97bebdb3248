// The one confirm dialog: a native modal <dialog> (the page behind is inert, so
// focus stays inside; Escape cancels), focus on the safe button first, and focus
// back on whatever opened it when it closes. Nothing is sent until the
// confirming button is pressed: `open()` only resolves true then.
import { html, LitElement, css, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { defineMessages } from '../i18n/i18n.ts';
import type { ConfirmOptions } from '../shell/context.ts';
import { sharedStyles } from './styles.ts';

const t = defineMessages({
  en: { keep: 'Go back' },
  es: { keep: 'Volver' },
  de: { keep: 'Zurück' },
});

/** The element with focus, looking through shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

@customElement('console-confirm-dialog')
export class ConsoleConfirmDialog extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      dialog {
        border: 1px solid var(--sk-border);
        border-radius: 14px;
        background: var(--sk-surface);
        color: var(--sk-text);
        padding: 24px;
        width: min(460px, calc(100vw - 32px));
        box-shadow: 0 20px 50px rgb(0 0 0 / 25%);
      }
      dialog::backdrop {
        background: rgb(15 18 23 / 55%);
      }
      h2 {
        font-size: 1.15rem;
        margin: 0 0 8px;
      }
      .message {
        margin: 0 0 20px;
      }
      .actions {
        display: flex;
        justify-content: flex-end;
        gap: 8px;
        flex-wrap: wrap;
      }
    `,
  ];

  @state() private options: ConfirmOptions | undefined;
  @query('dialog') private dialog!: HTMLDialogElement;
  private resolve: ((ok: boolean) => void) | undefined;
  private opener: HTMLElement | null = null;

  /** Shows the dialog; resolves true when confirmed, false when cancelled (button, Escape). */
  async open(options: ConfirmOptions): Promise<boolean> {
    this.resolve?.(false);
    this.opener = deepActiveElement();
    this.options = options;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>('button.cancel')?.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private close(ok: boolean): void {
    const resolve = this.resolve;
    this.resolve = undefined;
    if (this.dialog.open) this.dialog.close();
    this.opener?.focus();
    resolve?.(ok);
  }

  override render() {
    const o = this.options;
    return html`<dialog
      aria-labelledby="confirm-title"
      aria-describedby="confirm-message"
      @cancel=${this.onCancel}
      @keydown=${this.keepFocusInside}
    >
      ${
        o
          ? html`<h2 id="confirm-title">${o.title}</h2>
              <div class="message" id="confirm-message">${o.message}</div>
              <div class="actions">
                <button type="button" class="button cancel" @click=${() => this.close(false)}>${t('keep')}</button>
                <button
                  type="button"
                  class="button confirm ${o.tone === 'primary' ? 'primary' : 'danger solid'}"
                  @click=${() => this.close(true)}
                >
                  ${o.confirmLabel}
                </button>
              </div>`
          : nothing
      }
    </dialog>`;
  }

  /** A modal dialog makes the page inert, but Tab past its last button would still leave for the browser's UI. */
  private keepFocusInside = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const focusable = [...this.renderRoot.querySelectorAll<HTMLElement>('dialog button, dialog a[href]')];
    const first = focusable[0];
    const last = focusable.at(-1);
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    if (!first || !last) return;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  private onCancel = (event: Event): void => {
    event.preventDefault();
    this.close(false);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'console-confirm-dialog': ConsoleConfirmDialog;
  }
}
