import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { joinedEmail, offerEmail, type WaitlistEmailContext } from '../../src/domain/waitlist/emails.ts';

const ctx = (locale: string): WaitlistEmailContext => ({
  to: 'ana@example.com',
  locale,
  partySize: 3,
  activityName: 'Escape <Room>',
  venueName: 'Venue',
  timezone: 'Europe/Madrid',
  // 18:00 in Madrid (winter, UTC+1): the emails speak venue time, not the machine's.
  startsAt: new Date('2027-01-15T17:00:00Z'),
});

describe('waitlist emails', () => {
  it('should write the offer in the party language with the venue-local hold end, link and amount', () => {
    const mail = offerEmail(ctx('es'), {
      url: 'https://book.example/waitlist/offer/tok',
      expiresAt: new Date('2027-01-10T09:15:00Z'),
      totalCents: 9000,
      currency: 'eur',
    });
    assert.match(mail.subject, /^Plazas para ti: Escape <Room>/);
    assert.match(mail.text, /hasta las 10:15/);
    assert.match(mail.text, /3 personas/);
    assert.match(mail.text, /18:00/);
    assert.match(mail.text, /https:\/\/book\.example\/waitlist\/offer\/tok/);
    assert.match(mail.text, /90,00\s€/);
    assert.ok(mail.html?.includes('Escape &lt;Room&gt;'), 'HTML escapes the activity name');
  });

  it('should confirm joining with the leave link, in English for an unknown language', () => {
    const mail = joinedEmail(ctx('fr'), 'https://book.example/waitlist/leave/tok');
    assert.match(mail.subject, /^You are on the waitlist: Escape <Room>/);
    assert.match(mail.text, /15 minutes/);
    assert.match(mail.text, /Leave the waitlist: https:\/\/book\.example\/waitlist\/leave\/tok/);
    assert.ok(mail.html?.includes('href="https://book.example/waitlist/leave/tok"'));
  });
});
