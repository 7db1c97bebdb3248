// <slotkit-console>: sign-in, then the frame every view lives in — sidebar nav,
// the routed view, the shared confirm dialog and a polite status line. Views
// get a ConsoleContext (context.ts); the route table is routes.ts.
import { html, LitElement, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { errorMessage } from '../ui/errors.ts';
import { currentLocale, defineMessages, LOCALES, setLocale, type Locale } from '../i18n/i18n.ts';
import '../ui/confirm-dialog.ts';
import type { ConsoleConfirmDialog } from '../ui/confirm-dialog.ts';
import { sharedStyles } from '../ui/styles.ts';
import { currentTheme, setTheme } from '../ui/theme.ts';
import type { ConsoleView } from '../ui/view.ts';
import type { ConsoleContext, ConsoleOrganization } from './context.ts';
import { hrefOf, navLabel, parseHash, routes, type Location } from './routes.ts';
import { consoleClient, forgetKey, readOrganization, storedKey, storeKey } from './session.ts';
import { shellStyles } from './console-app.styles.ts';
import './sign-in.ts';

const t = defineMessages({
  en: {
    signOut: 'Sign out',
    revoked: 'Your API key is unknown or was revoked. Sign in with a valid admin key.',
    skip: 'Skip to content',
    language: 'Language',
    dark: 'Dark theme',
    light: 'Light theme',
    main: 'Main',
    viewFailed: 'This page could not be loaded: {message}',
  },
  es: {
    signOut: 'Cerrar sesión',
    revoked: 'Tu clave de API no existe o fue revocada. Inicia sesión con una clave válida.',
    skip: 'Saltar al contenido',
    language: 'Idioma',
    dark: 'Tema oscuro',
    light: 'Tema claro',
    main: 'Principal',
    viewFailed: 'No se pudo cargar esta página: {message}',
  },
  de: {
    signOut: 'Abmelden',
    revoked: 'Dein API-Schlüssel ist unbekannt oder wurde widerrufen. Mit einem gültigen Admin-Schlüssel anmelden.',
    skip: 'Zum Inhalt springen',
    language: 'Sprache',
    dark: 'Dunkles Design',
    light: 'Helles Design',
    main: 'Hauptmenü',
    viewFailed: 'Diese Seite konnte nicht geladen werden: {message}',
  },
});

/** The view's first <h1>, looking into the shadow roots of the elements it renders (e.g. a detail page). */
async function firstHeading(host: Element): Promise<HTMLElement | null> {
  await (host as Partial<LitElement>).updateComplete;
  const root = host.shadowRoot;
  if (!root) return null;
  const own = root.querySelector('h1');
  if (own) return own;
  for (const child of root.querySelectorAll('*')) {
    const found = child.shadowRoot ? await firstHeading(child) : null;
    if (found) return found;
  }
  return null;
}

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español', de: 'Deutsch' };

@customElement('slotkit-console')
export class SlotkitConsole extends LitElement {
  static override styles = [sharedStyles, shellStyles];

  @state() private phase: 'checking' | 'signed-out' | 'signing-in' | 'signed-in' = 'checking';
  @state() private signInError = '';
  @state() private ctx: ConsoleContext | undefined;
  @state() private location: Location = parseHash(location.hash);
  @state() private view: ConsoleView | undefined;
  @state() private viewError = '';
  @state() private status = '';
  @query('console-confirm-dialog') private dialog!: ConsoleConfirmDialog;
  private navigated = false;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHashChange);
    const key = storedKey();
    if (key) void this.signIn(key);
    else this.phase = 'signed-out';
  }

  override disconnectedCallback(): void {
    removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  private onHashChange = () => {
    this.location = parseHash(location.hash);
    this.navigated = true;
    void this.showView();
  };

  private async signIn(key: string): Promise<void> {
    this.phase = this.phase === 'checking' ? 'checking' : 'signing-in';
    const client = consoleClient(key, () => {
      if (this.phase === 'signed-in') this.signOut(t('revoked'));
    });
    try {
      const organization = await readOrganization(client);
      storeKey(key);
      this.signInError = '';
      this.ctx = this.makeContext(client, organization);
      this.phase = 'signed-in';
      await this.showView();
    } catch (err) {
      forgetKey();
      this.signInError = errorMessage(err);
      this.phase = 'signed-out';
    }
  }

  private signOut(reason = ''): void {
    if (this.phase !== 'signed-in' && !reason) return;
    forgetKey();
    this.ctx = undefined;
    this.view = undefined;
    this.signInError = reason;
    this.phase = 'signed-out';
  }

  private makeContext(client: ConsoleContext['client'], organization: ConsoleOrganization): ConsoleContext {
    const ctx: ConsoleContext = {
      client,
      organization,
      locale: currentLocale(),
      confirm: (options) => this.dialog.open(options),
      navigate: (path) => {
        location.hash = hrefOf(path);
      },
      notify: (message) => {
        // Cleared first so the same message twice is announced twice.
        this.status = '';
        requestAnimationFrame(() => (this.status = message));
      },
      refresh: async () => {
        const fresh = await readOrganization(client);
        this.ctx = this.makeContext(client, fresh);
        if (this.view) this.view.ctx = this.ctx;
      },
      venueOfActivity: (activityId) =>
        organization.venues.find((v) => v.activities.some((a) => a.id === activityId)) ?? organization.venues[0],
    };
    return ctx;
  }

  /** Loads the route's module (a lazy chunk), then swaps in a fresh view element. */
  private async showView(): Promise<void> {
    if (!this.ctx) return;
    const { route, params } = this.location;
    this.viewError = '';
    try {
      await route.load();
    } catch (err) {
      this.viewError = t('viewFailed', { message: err instanceof Error ? err.message : String(err) });
      return;
    }
    if (this.location.route !== route) return;
    const reuse = this.view?.localName === route.tag ? this.view : undefined;
    const view = reuse ?? (document.createElement(route.tag) as ConsoleView);
    view.ctx = this.ctx;
    view.params = params;
    this.view = view;
    if (this.navigated) {
      const heading = await firstHeading(view);
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
    }
  }

  private onLocale = (event: Event): void => {
    setLocale((event.target as HTMLSelectElement).value as Locale);
    if (this.ctx) {
      this.ctx = { ...this.ctx, locale: currentLocale() };
      if (this.view) this.view.ctx = this.ctx;
    }
    this.requestUpdate();
  };

  private toggleTheme = (): void => {
    setTheme(currentTheme() === 'dark' ? 'light' : 'dark');
    this.requestUpdate();
  };

  override render() {
    if (this.phase === 'checking') return html`<p class="state" role="status"><span class="spinner"></span></p>`;
    if (this.phase !== 'signed-in' || !this.ctx)
      return html`<console-sign-in
        .error=${this.signInError}
        .busy=${this.phase === 'signing-in'}
        @console-sign-in=${(e: CustomEvent<{ key: string }>) => void this.signIn(e.detail.key)}
      ></console-sign-in>`;
    const dark = currentTheme() === 'dark';
    return html`<a class="skip" href="#main" @click=${this.skipToMain}>${t('skip')}</a>
      <div class="frame">
        <header class="sidebar">
          <div class="brand">
            <span class="logo" aria-hidden="true">S</span>
            <span class="org" title=${this.ctx.organization.name}>${this.ctx.organization.name}</span>
          </div>
          <nav aria-label=${t('main')}>
            <ul>
              ${routes.map(
                (r) =>
                  html`<li>
                    <a
                      href=${hrefOf(r.path)}
                      aria-current=${this.location.route === r ? 'page' : 'false'}
                      class=${this.location.route === r ? 'current' : ''}
                      >${navLabel(r.label)}</a
                    >
                  </li>`,
              )}
            </ul>
          </nav>
          <div class="tools">
            <label class="visually-hidden" for="locale">${t('language')}</label>
            <select id="locale" @change=${this.onLocale}>
              ${LOCALES.map(
                (l) => html`<option value=${l} ?selected=${l === currentLocale()}>${LANGUAGE_NAMES[l]}</option>`,
              )}
            </select>
            <button
              type="button"
              class="button icon"
              aria-pressed=${dark ? 'true' : 'false'}
              @click=${this.toggleTheme}
            >
              ${dark ? '☾' : '☀'}<span class="visually-hidden">${t('dark')}</span>
            </button>
            <button type="button" class="button" @click=${() => this.signOut()}>${t('signOut')}</button>
          </div>
        </header>
        <main id="main" tabindex="-1">
          ${
            this.viewError
              ? html`<p class="state state-error" role="alert">${this.viewError}</p>`
              : (this.view ?? nothing)
          }
        </main>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.status}</p>
      <console-confirm-dialog></console-confirm-dialog>`;
  }

  private skipToMain = (event: Event): void => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'slotkit-console': SlotkitConsole;
  }
}
