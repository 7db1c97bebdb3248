// A live `<booking-widget preview>`: the real widget (from the server's own
// /widget.js, loaded once, on first use) rendering a configuration that is not
// saved, with no API calls and no reservations (packages/widget internal/preview.ts).
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PreviewConfig } from './form-model.ts';

let widgetModule: Promise<unknown> | undefined;

/**
 * The widget's module from this server, as a module <script> (the console's CSP allows 'self'; a
 * dynamic import() of a variable URL would need a bundler helper). Loaded once; a failure may retry.
 */
function loadWidget(): Promise<unknown> {
  if (customElements.get('booking-widget')) return Promise.resolve();
  widgetModule ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = new URL('/widget.js', location.href).href;
    script.onload = () => resolve();
    script.onerror = () => {
      script.remove();
      widgetModule = undefined;
      reject(new Error('/widget.js did not load'));
    };
    document.head.append(script);
  }).then(() => customElements.whenDefined('booking-widget'));
  return widgetModule;
}

@customElement('console-widget-preview')
export class ConsoleWidgetPreview extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .error {
      color: var(--sk-danger);
    }
  `;

  /** What the widget renders (the unsaved form); changes are applied after a short pause in typing. */
  @property({ attribute: false }) config?: PreviewConfig;
  /** light | dark; empty: the venue's own. */
  @property() theme = '';
  /** Accent colour, hex without #. */
  @property() color = '';
  @property() locale = '';
  @state() private ready = false;
  @state() private failed = false;
  @state() private shown?: PreviewConfig;
  private timer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    loadWidget().then(
      () => (this.ready = true),
      () => (this.failed = true),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (!changed.has('config')) return;
    // The widget restarts its flow on every new config: wait until typing pauses.
    clearTimeout(this.timer);
    if (!this.shown) this.shown = this.config;
    else this.timer = setTimeout(() => (this.shown = this.config), 350);
  }

  override render() {
    if (this.failed) return html`<p class="error">/widget.js could not be loaded (is the widget built?).</p>`;
    if (!this.ready) return nothing;
    return html`<booking-widget
      preview
      .config=${this.shown}
      theme=${this.theme || nothing}
      color=${this.color || nothing}
      locale=${this.locale || nothing}
    ></booking-widget>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'console-widget-preview': ConsoleWidgetPreview;
  }
}
