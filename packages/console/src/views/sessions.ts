// Placeholder of the Sessions view: the shell's route table points here (see README "Views").
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ConsoleView } from '../ui/view.ts';

@customElement('console-sessions-view')
export class ConsoleSessionsView extends ConsoleView {
  override render() {
    return html`<h1>Sessions</h1>
      <p class="lede">Coming soon.</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'console-sessions-view': ConsoleSessionsView;
  }
}
