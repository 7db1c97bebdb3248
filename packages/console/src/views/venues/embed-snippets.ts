// The venue's embed snippets, as /demo shows them: the script + element (venue
// mode, by embed key) and the self-sizing iframe; each with a Copy button.
import { html } from 'lit';
import { t } from './messages.ts';

export interface Snippet {
  readonly id: string;
  readonly label: string;
  readonly code: string;
}

/** The server the console runs on is the one that serves widget.js and /embed. */
export function snippetsFor(embedKey: string, venueName: string, origin = location.origin): Snippet[] {
  const key = encodeURIComponent(embedKey);
  const title = venueName.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return [
    {
      id: 'script',
      label: t('embedScript'),
      code:
        `<script type="module" src="${origin}/widget.js"></script>\n` +
        `<booking-widget embed-key="${embedKey}"></booking-widget>`,
    },
    {
      id: 'iframe',
      label: t('embedIframe'),
      code:
        `<iframe src="${origin}/embed?widget=calendar&key=${key}" title="Book ${title}"` +
        ` style="width:100%;border:0"></iframe>\n` +
        `<script src="${origin}/embed.js" async></script>`,
    },
  ];
}

async function copy(text: string, notify: (message: string) => void): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    notify(t('copied'));
  } catch {
    notify(t('copyFailed'));
  }
}

export function renderSnippets(snippets: readonly Snippet[], notify: (message: string) => void) {
  return snippets.map(
    (s) =>
      html`<div class="snippet">
        <div class="snippet-head">
          <h3 id="snippet-${s.id}">${s.label}</h3>
          <button
            type="button"
            class="button"
            aria-label=${t('copyOf', { what: s.label })}
            @click=${() => copy(s.code, notify)}
          >
            ${t('copy')}
          </button>
        </div>
        <pre tabindex="0" aria-labelledby="snippet-${s.id}"><code>${s.code}</code></pre>
      </div>`,
  );
}
