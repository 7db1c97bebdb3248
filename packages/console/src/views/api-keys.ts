// API keys: who can use the admin API. Create (the secret is shown once, with a
// copy button) and revoke (through the confirm dialog; it takes effect at once).
import { ApiKeysDocument, CreateApiKeyDocument, RevokeApiKeyDocument, type ApiKeysQuery } from '@slotkit/sdk';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { errorMessage } from '../ui/errors.ts';
import { formatDateTime } from '../ui/format.ts';
import { Load, renderLoad } from '../ui/load.ts';
import { sharedStyles } from '../ui/styles.ts';
import {
  fieldError,
  hasErrors,
  maxLength,
  required,
  serverFieldErrors,
  validate,
  type FieldErrors,
} from '../ui/validate.ts';
import { ConsoleView } from '../ui/view.ts';
import { t } from './api-keys-text.ts';

type Key = ApiKeysQuery['apiKeys'][number];

@customElement('console-api-keys-view')
export class ConsoleApiKeysView extends ConsoleView {
  static override styles = [
    sharedStyles,
    css`
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(260px, 1fr);
        gap: 16px;
        align-items: start;
      }
      @media (max-width: 900px) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      form input {
        width: 100%;
      }
      form .button {
        margin-top: 12px;
      }
      .hint {
        font-size: 0.85rem;
        margin: 4px 0 0;
      }
      .secret {
        border-color: var(--sk-accent);
        background: var(--sk-accent-soft);
        margin-bottom: 16px;
      }
      .secret code {
        display: block;
        padding: 10px 12px;
        margin: 8px 0 12px;
        background: var(--sk-surface);
        border: 1px solid var(--sk-border);
        border-radius: 8px;
        font-size: 0.9rem;
        overflow-wrap: anywhere;
        user-select: all;
      }
      tr.revoked td {
        color: var(--sk-muted);
      }
    `,
  ];

  @state() private label = '';
  @state() private errors: FieldErrors = {};
  @state() private touched = false;
  @state() private secret: { label: string; value: string } | undefined;
  @state() private busy = false;
  private keys = new Load<ApiKeysQuery['apiKeys']>(this);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.keys.load(async () => (await this.ctx.client.query(ApiKeysDocument)).apiKeys);
  }

  private check(): FieldErrors {
    return validate({ label: this.label }, { label: [required, maxLength(100)] });
  }

  override render() {
    return html`<h1>${t('title')}</h1>
      <p class="lede">${t('lede')}</p>
      ${this.secret ? this.renderSecret(this.secret) : nothing}
      <div class="layout">
        <section class="card" aria-labelledby="keys-title">
          <h2 id="keys-title">${t('keys')}</h2>
          ${renderLoad(this.keys, { empty: t('empty'), ready: (keys) => this.renderTable(keys) })}
        </section>
        <form class="card" aria-labelledby="create-title" novalidate @submit=${this.create}>
          <h2 id="create-title">${t('create')}</h2>
          <label for="label">${t('label')}</label>
          <input
            id="label"
            name="label"
            autocomplete="off"
            .value=${this.label}
            aria-invalid=${this.errors['label'] ? 'true' : 'false'}
            aria-describedby=${this.errors['label'] ? 'label-error' : 'label-hint'}
            @input=${(e: Event) => {
              this.label = (e.target as HTMLInputElement).value;
              if (this.touched) this.errors = this.check();
            }}
          />
          ${fieldError(this.errors, 'label')}
          <p class="hint muted" id="label-hint">${t('labelHint')}</p>
          <button type="submit" class="button primary" ?disabled=${this.busy}>${t('submit')}</button>
        </form>
      </div>`;
  }

  private renderSecret(secret: { label: string; value: string }) {
    return html`<section class="card secret" aria-labelledby="secret-title">
      <h2 id="secret-title">${t('secretTitle')}: ${secret.label}</h2>
      <p>${t('secretNote')}</p>
      <code id="secret">${secret.value}</code>
      <button type="button" class="button primary" @click=${() => this.copy(secret.value)}>${t('copy')}</button>
      <button type="button" class="button" @click=${() => (this.secret = undefined)}>${t('done')}</button>
    </section>`;
  }

  private renderTable(keys: readonly Key[]) {
    const zone = this.ctx.organization.venues[0]?.timezone ?? 'UTC';
    return html`<div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">${t('label')}</th>
            <th scope="col">${t('created')}</th>
            <th scope="col">${t('status')}</th>
            <th scope="col"><span class="visually-hidden">${t('revoke')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${keys.map(
            (k) =>
              html`<tr class=${k.revokedAt ? 'revoked' : ''}>
                <td>${k.label}</td>
                <td>${formatDateTime(k.createdAt, zone)}</td>
                <td>
                  ${
                    k.revokedAt
                      ? html`<span class="badge">${t('revoked', { when: formatDateTime(k.revokedAt, zone) })}</span>`
                      : html`<span class="badge ok">${t('active')}</span>`
                  }
                </td>
                <td>
                  ${
                    k.revokedAt
                      ? nothing
                      : html`<button
                          type="button"
                          class="button danger"
                          aria-label=${t('revokeLabel', { label: k.label })}
                          @click=${() => this.revoke(k)}
                        >
                          ${t('revoke')}
                        </button>`
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
    this.errors = this.check();
    if (hasErrors(this.errors)) {
      this.renderRoot.querySelector<HTMLInputElement>('#label')?.focus();
      return;
    }
    this.busy = true;
    try {
      const { createApiKey } = await this.ctx.client.mutate(CreateApiKeyDocument, { label: this.label.trim() });
      this.secret = { label: createApiKey.apiKey.label, value: createApiKey.secret };
      this.label = '';
      this.touched = false;
      void this.keys.reload();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#secret-title')?.scrollIntoView({ block: 'nearest' });
    } catch (err) {
      this.errors = serverFieldErrors(err) ?? { label: errorMessage(err) };
    } finally {
      this.busy = false;
    }
  };

  private async copy(value: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // No clipboard permission: select the key so Ctrl+C copies it.
      const code = this.renderRoot.querySelector('#secret');
      if (code) getSelection()?.selectAllChildren(code);
      return;
    }
    this.ctx.notify(t('copied'));
  }

  private async revoke(key: Key): Promise<void> {
    const ok = await this.ctx.confirm({
      title: t('revokeTitle', { label: key.label }),
      message: t('revokeMessage', { label: key.label }),
      confirmLabel: t('confirmRevoke'),
    });
    if (!ok) return;
    try {
      await this.ctx.client.mutate(RevokeApiKeyDocument, { id: key.id });
      this.ctx.notify(t('revokedNotice', { label: key.label }));
    } catch (err) {
      this.ctx.notify(errorMessage(err));
    }
    void this.keys.reload();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'console-api-keys-view': ConsoleApiKeysView;
  }
}
