// "Add to calendar" for a booking: an .ics file (as a data: URL to download)
// and a Google Calendar template link. Times are UTC instants.
const stamp = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const text = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');

export interface CalendarEntry {
  readonly uid: string;
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly location: string;
  readonly details: string;
}

export function icsHref(e: CalendarEntry): string {
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Slotkit//Widget//EN',
    'BEGIN:VEVENT',
    `UID:${e.uid}@slotkit`,
    `DTSTAMP:${stamp(e.start)}`,
    `DTSTART:${stamp(e.start)}`,
    `DTEND:${stamp(e.end)}`,
    `SUMMARY:${text(e.title)}`,
    `DESCRIPTION:${text(e.details)}`,
    `LOCATION:${text(e.location)}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
}

export function googleHref(e: CalendarEntry): string {
  const q = new URLSearchParams({
    action: 'TEMPLATE',
    text: e.title,
    dates: `${stamp(e.start)}/${stamp(e.end)}`,
    details: e.details,
    location: e.location,
  });
  return `https://calendar.google.com/calendar/render?${q}`;
}
