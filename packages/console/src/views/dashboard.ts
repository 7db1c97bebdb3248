// Placeholder of the Dashboard view: the shell's route table points here (see README "Views").
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ConsoleView } from '../ui/view.ts';

@customElement('console-dashboard-view')
export class ConsoleDashboardView extends ConsoleView {
  override render() {
    return html`<h1>Dashboard</h1>
      <p class="lede">Coming soon.</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'console-dashboard-view': ConsoleDashboardView;
  }
}
