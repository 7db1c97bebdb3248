// The sign-in form (DESIGN §9.1: input labelled "Admin API key", button "Sign in").
// Fires `console-sign-in` with the key; the shell checks it and sets `error`.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { defineMessages } from '../i18n/i18n.ts';
import { sharedStyles } from '../ui/styles.ts';

const t = defineMessages({
  en: {
    title: 'Sign in to your venue console',
    lede: 'Use an admin API key of your organization. It stays in this browser tab only.',
    label: 'Admin API key',
    submit: 'Sign in',
    checking: 'Checking…',
    hint: 'No key yet? Run pnpm slotkit org create --name "Your venue" on the server.',
  },
  es: {
    title: 'Accede a la consola de tu local',
    lede: 'Usa una clave de API de administración de tu organización. Solo se guarda en esta pestaña.',
    checking: 'Comprobando…',
    hint: '¿Sin clave? Ejecuta pnpm slotkit org create --name "Tu local" en el servidor.',
  },
  de: {
    title: 'Bei der Standort-Konsole anmelden',
    lede: 'Mit einem Admin-API-Schlüssel deiner Organisation. Er bleibt nur in diesem Browser-Tab.',
    checking: 'Wird geprüft…',
    hint: 'Noch kein Schlüssel? pnpm slotkit org create --name "Dein Standort" auf dem Server ausführen.',
  },
});

export type SignInEvent = CustomEvent<{ key: string }>;

@customElement('console-sign-in')
export class ConsoleSignIn extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        place-items: center;
        min-height: 100vh;
        padding: 16px;
      }
      form {
        width: min(420px, 100%);
        padding: 32px;
      }
      .brand {
        display: flex;
        align-items: center;
        gap: 10px;
        font-weight: 700;
        font-size: 1.05rem;
        margin-bottom: 24px;
      }
      .logo {
        width: 28px;
        height: 28px;
        border-radius: 8px;
        background: var(--sk-accent);
        color: var(--sk-on-accent);
        display: grid;
        place-items: center;
        font-weight: 800;
      }
      input {
        width: 100%;
        font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
      }
      .button {
        width: 100%;
        justify-content: center;
        margin-top: 16px;
      }
      .error {
        margin: 12px 0 0;
        color: var(--sk-danger);
      }
      .hint {
        margin: 20px 0 0;
        font-size: 0.85rem;
      }
      code {
        font-size: 0.85em;
      }
    `,
  ];

  /** The reason the user is here (a wrong or revoked key), shown under the button. */
  @property() error = '';
  @property({ type: Boolean }) busy = false;
  @state() private key = '';

  override render() {
    return html`<form class="card" @submit=${this.onSubmit} novalidate>
      <div class="brand"><span class="logo" aria-hidden="true">S</span>Slotkit</div>
      <h1>${t('title')}</h1>
      <p class="lede">${t('lede')}</p>
      <label for="key">${t('label')}</label>
      <input
        id="key"
        name="apiKey"
        type="password"
        autocomplete="off"
        spellcheck="false"
        required
        placeholder="slk_…"
        aria-invalid=${this.error ? 'true' : 'false'}
        aria-describedby=${this.error ? 'sign-in-error' : 'sign-in-hint'}
        .value=${this.key}
        @input=${(e: Event) => (this.key = (e.target as HTMLInputElement).value)}
      />
      <button class="button primary" type="submit" ?disabled=${this.busy}>
        ${this.busy ? t('checking') : t('submit')}
      </button>
      ${this.error ? html`<p class="error" id="sign-in-error" role="alert">${this.error}</p>` : nothing}
      <p class="hint muted" id="sign-in-hint">${t('hint')}</p>
    </form>`;
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector('input')?.focus();
  }

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    const key = this.key.trim();
    if (!key) {
      this.renderRoot.querySelector('input')?.focus();
      return;
    }
    this.dispatchEvent(new CustomEvent('console-sign-in', { detail: { key }, bubbles: true, composed: true }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'console-sign-in': ConsoleSignIn;
  }
  interface HTMLElementEventMap {
    'console-sign-in': SignInEvent;
  }
}
