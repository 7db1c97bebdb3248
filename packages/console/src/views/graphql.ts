// The GraphQL tab: the offline GraphiQL page (/console/graphiql, ~2.4 MB gzip)
// framed only when this tab opens — this module is itself a lazy chunk, so none
// of it loads before. Same origin, so GraphiQL reads the signed-in key from
// sessionStorage and sends it on every request (introspection included).
import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { defineMessages } from '../i18n/i18n.ts';
import { sharedStyles } from '../ui/styles.ts';
import { ConsoleView } from '../ui/view.ts';

const t = defineMessages({
  en: {
    title: 'GraphQL',
    lede: 'Run any admin operation with your key. The tabs hold ready operations from the SDK.',
    frame: 'GraphQL explorer',
  },
  es: {
    lede: 'Ejecuta cualquier operación de administración con tu clave. Las pestañas traen operaciones listas del SDK.',
    frame: 'Explorador GraphQL',
  },
  de: {
    lede: 'Jede Admin-Operation mit deinem Schlüssel ausführen. Die Tabs enthalten fertige Operationen aus dem SDK.',
    frame: 'GraphQL-Explorer',
  },
});

@customElement('console-graphql-view')
export class ConsoleGraphqlView extends ConsoleView {
  static override styles = [
    sharedStyles,
    css`
      iframe {
        display: block;
        width: 100%;
        height: calc(100vh - 150px);
        min-height: 480px;
        border: 1px solid var(--sk-border);
        border-radius: var(--sk-radius);
        background: var(--sk-surface);
      }
    `,
  ];

  override render() {
    return html`<h1>${t('title')}</h1>
      <p class="lede">${t('lede')}</p>
      <iframe src="/console/graphiql" title=${t('frame')}></iframe>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'console-graphql-view': ConsoleGraphqlView;
  }
}
