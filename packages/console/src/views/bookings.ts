// Placeholder of the Bookings view: the shell's route table points here (see README "Views").
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ConsoleView } from '../ui/view.ts';

@customElement('console-bookings-view')
export class ConsoleBookingsView extends ConsoleView {
  override render() {
    return html`<h1>Bookings</h1>
      <p class="lede">Coming soon.</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'console-bookings-view': ConsoleBookingsView;
  }
}
