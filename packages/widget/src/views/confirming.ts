import { html, type TemplateResult } from 'lit';
import { t, type Messages } from '../internal/i18n.ts';

/** Between the return from Checkout and the booking (also while the confirmation view loads). */
export const confirmingStep = (m: Messages): TemplateResult =>
  html`<section class="confirming"><p role="status">${t(m, 'confirming')}</p></section>`;
