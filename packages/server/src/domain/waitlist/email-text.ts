// The waitlist emails' sentences in each language the widget speaks (as domain/bookings/email-text.ts).
const en = {
  joinedSubject: 'You are on the waitlist: {activity}',
  joined:
    'you are on the waitlist for {activity} on {when} ({party}). If seats free up, we email you a link ' +
    'that holds them for you for {minutes} minutes.',
  leave: 'Leave the waitlist',
  offerSubject: 'Seats for you: {activity}, {when}',
  offer:
    'seats freed up for {activity} on {when}. We are holding {party} for you until {until}; after that ' +
    'they go to the next party on the waitlist.',
  book: 'Book now ({amount})',
  party: '{n} people',
  partyOne: '1 person',
  hello: 'Hello,',
};
type WaitlistText = typeof en;

const es: WaitlistText = {
  joinedSubject: 'Estás en la lista de espera: {activity}',
  joined:
    'estás en la lista de espera de {activity} para el {when} ({party}). Si se liberan plazas, te ' +
    'enviamos un enlace que te las reserva durante {minutes} minutos.',
  leave: 'Salir de la lista de espera',
  offerSubject: 'Plazas para ti: {activity}, {when}',
  offer:
    'se han liberado plazas para {activity} el {when}. Te reservamos {party} hasta las {until}; después ' +
    'pasan al siguiente grupo de la lista.',
  book: 'Reservar ahora ({amount})',
  party: '{n} personas',
  partyOne: '1 persona',
  hello: 'Hola:',
};

const de: WaitlistText = {
  joinedSubject: 'Sie stehen auf der Warteliste: {activity}',
  joined:
    'Sie stehen auf der Warteliste für {activity} am {when} ({party}). Werden Plätze frei, senden wir ' +
    'Ihnen einen Link, der sie {minutes} Minuten für Sie reserviert.',
  leave: 'Warteliste verlassen',
  offerSubject: 'Plätze für Sie: {activity}, {when}',
  offer:
    'für {activity} am {when} sind Plätze frei geworden. Wir halten {party} bis {until} für Sie; danach ' +
    'gehen sie an die nächste Gruppe auf der Warteliste.',
  book: 'Jetzt buchen ({amount})',
  party: '{n} Personen',
  partyOne: '1 Person',
  hello: 'Hallo,',
};

const catalogs: Record<string, WaitlistText> = { en, es, de };

export const waitlistText = (locale: string): WaitlistText => catalogs[locale] ?? en;
