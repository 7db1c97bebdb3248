// The waitlist form's sentences, in its own chunk (widget.js carries only the "Join the waitlist" label).
const en = {
  join: 'Join the waitlist',
  intro: '{time} is sold out. If seats free up, we hold them for you for 15 minutes and email you a link.',
  partySize: 'Party size',
  submit: 'Add me to the waitlist',
  joined: 'You are on the waitlist for {time} (number {n}). We will email you if seats free up.',
  close: 'Close',
  SEATS_AVAILABLE: 'Seats for your party are free right now: pick the time to book them.',
};
export type WaitlistText = typeof en;

const es: WaitlistText = {
  join: 'Unirse a la lista de espera',
  intro: '{time} está agotado. Si se liberan plazas, te las reservamos 15 minutos y te enviamos un enlace.',
  partySize: 'Número de personas',
  submit: 'Apuntarme a la lista',
  joined: 'Estás en la lista de espera de las {time} (número {n}). Te escribiremos si se liberan plazas.',
  close: 'Cerrar',
  SEATS_AVAILABLE: 'Ahora hay plazas para tu grupo: elige la hora para reservarlas.',
};

const de: WaitlistText = {
  join: 'Auf die Warteliste',
  intro: '{time} ist ausgebucht. Werden Plätze frei, halten wir sie 15 Minuten für Sie und senden Ihnen einen Link.',
  partySize: 'Personenzahl',
  submit: 'Auf die Warteliste setzen',
  joined: 'Sie stehen auf der Warteliste für {time} (Nummer {n}). Wir melden uns, wenn Plätze frei werden.',
  close: 'Schließen',
  SEATS_AVAILABLE: 'Für Ihre Gruppe sind gerade Plätze frei: Wählen Sie die Uhrzeit, um zu buchen.',
};

const catalogs: Record<string, WaitlistText> = { en, es, de };

/** The sentences for a language (the widget's `Messages.lang`); English when unknown. */
export const waitlistText = (lang: string): WaitlistText => catalogs[lang] ?? en;
