// Placeholder of the Venues view: the shell's route table points here (see README "Views").
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ConsoleView } from '../ui/view.ts';

@customElement('console-venues-view')
export class ConsoleVenuesView extends ConsoleView {
  override render() {
    return html`<h1>Venues</h1>
      <p class="lede">Coming soon.</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'console-venues-view': ConsoleVenuesView;
  }
}
