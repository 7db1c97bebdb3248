// An alert as staff read it: what happened, when, and what to do about it.
import { html } from 'lit';
import { defineMessages } from '../i18n/i18n.ts';
import { formatDateTime } from '../ui/format.ts';

const t = defineMessages({
  en: {
    PAYMENT_WITHOUT_BOOKING: 'A customer paid but no booking was made',
    PAYMENT_WITHOUT_BOOKING_do:
      'Find the payment in your Stripe dashboard (checkout session below), refund it there, email the customer.',
    REFUND_ISSUED: 'A payment is being refunded automatically',
    REFUND_ISSUED_do:
      'The seats were gone when the payment arrived, so the money goes back by itself. Offer another time.',
    WEBHOOK_ERROR: 'A payment notification from Stripe failed',
    WEBHOOK_ERROR_do:
      'Stripe sends it again for up to 3 days. If this repeats, check STRIPE_WEBHOOK_SECRET and the server log.',
    other: 'Something failed',
    other_do: 'Check the server log for details.',
    reference: 'Reference: {ref}',
  },
  es: {
    PAYMENT_WITHOUT_BOOKING: 'Un cliente pagó pero no se creó la reserva',
    PAYMENT_WITHOUT_BOOKING_do:
      'Busca el pago en tu panel de Stripe (sesión de pago abajo), reembólsalo allí y escribe al cliente.',
    REFUND_ISSUED: 'Se está reembolsando un pago automáticamente',
    REFUND_ISSUED_do: 'Las plazas se agotaron antes de llegar el pago; el dinero se devuelve solo. Ofrece otra hora.',
    WEBHOOK_ERROR: 'Falló un aviso de pago de Stripe',
    WEBHOOK_ERROR_do: 'Stripe lo reenvía durante 3 días. Si se repite, revisa STRIPE_WEBHOOK_SECRET y el registro.',
    other: 'Algo falló',
    other_do: 'Revisa el registro del servidor.',
    reference: 'Referencia: {ref}',
  },
  de: {
    PAYMENT_WITHOUT_BOOKING: 'Ein Kunde hat bezahlt, aber es entstand keine Buchung',
    PAYMENT_WITHOUT_BOOKING_do:
      'Zahlung im Stripe-Dashboard suchen (Checkout-Sitzung unten), dort erstatten und dem Kunden schreiben.',
    REFUND_ISSUED: 'Eine Zahlung wird automatisch erstattet',
    REFUND_ISSUED_do:
      'Die Plätze waren weg, als die Zahlung kam; das Geld geht von selbst zurück. Neuen Termin anbieten.',
    WEBHOOK_ERROR: 'Eine Zahlungsmeldung von Stripe ist fehlgeschlagen',
    WEBHOOK_ERROR_do:
      'Stripe sendet sie bis zu 3 Tage erneut. Wiederholt es sich: STRIPE_WEBHOOK_SECRET und Server-Log prüfen.',
    other: 'Etwas ist fehlgeschlagen',
    other_do: 'Details im Server-Log.',
    reference: 'Referenz: {ref}',
  },
});

type Kind = 'PAYMENT_WITHOUT_BOOKING' | 'REFUND_ISSUED' | 'WEBHOOK_ERROR';
const KINDS = new Set<string>(['PAYMENT_WITHOUT_BOOKING', 'REFUND_ISSUED', 'WEBHOOK_ERROR']);

export interface AlertLike {
  readonly id: string;
  readonly kind: string;
  readonly details: string;
  readonly createdAt: string;
}

/** The reference staff can search for elsewhere (Stripe): the checkout session, else the event. */
function referenceOf(details: string): string | undefined {
  try {
    const d = JSON.parse(details) as Record<string, unknown>;
    const ref = d['checkoutSessionId'] ?? d['bookingNumber'] ?? d['eventId'];
    return typeof ref === 'string' ? ref : undefined;
  } catch {
    return undefined;
  }
}

export function alertAdvice(alert: AlertLike, zone: string) {
  const kind = KINDS.has(alert.kind) ? (alert.kind as Kind) : 'other';
  const ref = referenceOf(alert.details);
  return html`<li class="alert">
    <span class="badge ${kind === 'REFUND_ISSUED' ? 'warn' : 'danger'}">!</span>
    <div>
      <strong>${t(kind)}</strong>
      <span class="muted"> · ${formatDateTime(alert.createdAt, zone)}</span>
      <p>${t(`${kind}_do`)}</p>
      ${ref ? html`<p class="muted ref">${t('reference', { ref })}</p>` : ''}
    </div>
  </li>`;
}
