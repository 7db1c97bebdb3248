// Placeholder of the Activities view: the shell's route table points here (see README "Views").
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ConsoleView } from '../ui/view.ts';

@customElement('console-activities-view')
export class ConsoleActivitiesView extends ConsoleView {
  override render() {
    return html`<h1>Activities</h1>
      <p class="lede">Coming soon.</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'console-activities-view': ConsoleActivitiesView;
  }
}
