// The customer emails' sentences in each language the widget speaks. Dates,
// times and money go through Intl in the booking's locale and venue zone.
const en = {
  confirmedSubject: 'Booking {number} confirmed: {activity}',
  hello: 'Hello {name},',
  confirmed: 'your booking {number} is confirmed.',
  when: 'When',
  where: 'Where',
  tickets: 'Tickets',
  total: 'Total paid',
  discount: 'Promo code discount',
  quote:
    'Please quote your booking number when you arrive. The attached calendar file adds the visit to your calendar.',
  refundedSubject: 'Payment refunded: {activity} is no longer available',
  refunded:
    'your payment for {activity} on {when} arrived after your hold had ended, and the slot was taken in ' +
    'the meantime. We have refunded {amount} in full (reference {number}). Please choose another time.',
  rescheduledSubject: 'Booking {number} moved: {activity}',
  rescheduled: 'your booking {number} has been moved to a new time.',
  reminderSubject: 'Reminder: {activity}, {when}',
  reminder: 'this is a reminder of your booking {number}.',
  manage: 'Change or cancel your booking',
  cancelledSubject: 'Booking {number} cancelled: {activity}',
  cancelled: 'your booking {number} for {activity} on {when} is cancelled.',
  refundNote: 'We are refunding {amount} to your original payment method.',
  noRefundNote: 'No refund is due for this cancellation.',
  amountDue: 'Amount due',
  payLead: 'Nothing has been paid yet. You can pay {amount} online now:',
  payNow: 'Pay {amount}',
  paidSubject: 'Payment received: booking {number}, {activity}',
  paid: 'we have received your payment for booking {number}. Thank you!',
};
type EmailText = typeof en;

const es: EmailText = {
  confirmedSubject: 'Reserva {number} confirmada: {activity}',
  hello: 'Hola, {name}:',
  confirmed: 'tu reserva {number} está confirmada.',
  when: 'Cuándo',
  where: 'Dónde',
  tickets: 'Entradas',
  total: 'Total pagado',
  discount: 'Descuento del código promocional',
  quote: 'Indica tu número de reserva al llegar. El archivo de calendario adjunto añade la visita a tu calendario.',
  refundedSubject: 'Pago reembolsado: {activity} ya no está disponible',
  refunded:
    'tu pago de {activity} para el {when} llegó cuando tu reserva temporal ya había terminado y la plaza ' +
    'se ocupó entretanto. Te hemos reembolsado {amount} íntegramente (referencia {number}). Elige otra ' +
    'hora, por favor.',
  rescheduledSubject: 'Reserva {number} cambiada: {activity}',
  rescheduled: 'tu reserva {number} se ha cambiado a una nueva hora.',
  reminderSubject: 'Recordatorio: {activity}, {when}',
  reminder: 'te recordamos tu reserva {number}.',
  manage: 'Cambiar o cancelar tu reserva',
  cancelledSubject: 'Reserva {number} cancelada: {activity}',
  cancelled: 'tu reserva {number} de {activity} para el {when} está cancelada.',
  refundNote: 'Te reembolsamos {amount} en tu medio de pago original.',
  noRefundNote: 'Esta cancelación no da derecho a reembolso.',
  amountDue: 'Importe pendiente',
  payLead: 'Todavía no se ha pagado nada. Puedes pagar {amount} en línea ahora:',
  payNow: 'Pagar {amount}',
  paidSubject: 'Pago recibido: reserva {number}, {activity}',
  paid: 'hemos recibido tu pago de la reserva {number}. ¡Gracias!',
};

const de: EmailText = {
  confirmedSubject: 'Buchung {number} bestätigt: {activity}',
  hello: 'Hallo {name},',
  confirmed: 'Ihre Buchung {number} ist bestätigt.',
  when: 'Wann',
  where: 'Wo',
  tickets: 'Tickets',
  total: 'Bezahlt',
  discount: 'Rabatt durch Aktionscode',
  quote:
    'Bitte nennen Sie bei Ankunft Ihre Buchungsnummer. Mit der angehängten Kalenderdatei tragen Sie den Termin ein.',
  refundedSubject: 'Zahlung erstattet: {activity} ist nicht mehr verfügbar',
  refunded:
    'Ihre Zahlung für {activity} am {when} kam an, nachdem Ihre Reservierung abgelaufen war, und der ' +
    'Platz wurde inzwischen vergeben. Wir haben {amount} vollständig erstattet (Referenz {number}). ' +
    'Bitte wählen Sie eine andere Uhrzeit.',
  rescheduledSubject: 'Buchung {number} verlegt: {activity}',
  rescheduled: 'Ihre Buchung {number} wurde auf einen neuen Termin verlegt.',
  reminderSubject: 'Erinnerung: {activity}, {when}',
  reminder: 'wir erinnern Sie an Ihre Buchung {number}.',
  manage: 'Buchung ändern oder stornieren',
  cancelledSubject: 'Buchung {number} storniert: {activity}',
  cancelled: 'Ihre Buchung {number} für {activity} am {when} ist storniert.',
  refundNote: 'Wir erstatten {amount} auf Ihr ursprüngliches Zahlungsmittel.',
  noRefundNote: 'Für diese Stornierung wird nichts erstattet.',
  amountDue: 'Offener Betrag',
  payLead: 'Es wurde noch nichts bezahlt. Sie können {amount} jetzt online bezahlen:',
  payNow: '{amount} bezahlen',
  paidSubject: 'Zahlung erhalten: Buchung {number}, {activity}',
  paid: 'wir haben Ihre Zahlung für die Buchung {number} erhalten. Vielen Dank!',
};

const catalogs: Record<string, EmailText> = { en, es, de };

export const emailText = (locale: string): EmailText => catalogs[locale] ?? en;

export const fillText = (s: string, vars: Record<string, string>): string =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
