// The base of every console view (README "Views"): the shell sets `ctx` and
// `params`, then moves focus to the view's first <h1> after each navigation.
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { ConsoleContext } from '../shell/context.ts';
import { sharedStyles } from './styles.ts';

export class ConsoleView extends LitElement {
  static override styles = [sharedStyles];

  /** Client, organization, dialog, navigation: set by the shell before the first render. */
  @property({ attribute: false }) ctx!: ConsoleContext;

  /** Path segments after the view's own, e.g. `['SK-1234']` for `#/bookings/SK-1234`. */
  @property({ attribute: false }) params: readonly string[] = [];
}
