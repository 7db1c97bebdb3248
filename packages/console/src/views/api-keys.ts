// Placeholder of the API keys view: the shell's route table points here (see README "Views").
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ConsoleView } from '../ui/view.ts';

@customElement('console-api-keys-view')
export class ConsoleApiKeysView extends ConsoleView {
  override render() {
    return html`<h1>API keys</h1>
      <p class="lede">Coming soon.</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'console-api-keys-view': ConsoleApiKeysView;
  }
}
