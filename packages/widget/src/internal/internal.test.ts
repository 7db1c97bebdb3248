import { expect } from '@open-wc/testing';
import { luminance, readableOn } from './color.ts';
import { addDays, monthWeeks, shiftMonth, todayIn } from './dates.ts';
import de from './i18n-de.ts';
import es from './i18n-es.ts';
import './i18n-en-paying.ts';
import { loadCatalog, messagesFor } from './i18n.ts';
import { wsLiveSource } from './live.ts';
import { cancelUrl, readBack, successUrl, withoutBack } from './page.ts';

const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('widget internals', () => {
  it('should compute the venue-local date, not the browser one, across a DST change', () => {
    expect(todayIn('America/New_York', Date.parse('2026-03-10T03:30:00Z'))).to.equal('2026-03-09');
    expect(todayIn('Pacific/Auckland', Date.parse('2026-03-10T12:30:00Z'))).to.equal('2026-03-11');
    expect(addDays('2026-03-07', 2)).to.equal('2026-03-09'); // over the US DST weekend
    expect(addDays('2026-10-24', 2)).to.equal('2026-10-26'); // over the EU one
    expect(shiftMonth('2026-01-31', 1)).to.equal('2026-02-28');
  });

  it('should lay out a month from Monday with padding', () => {
    const weeks = monthWeeks('2026-03-15');
    expect(weeks[0]!.slice(0, 7)).to.deep.equal([null, null, null, null, null, null, '2026-03-01']);
    expect(weeks.at(-1)![1]).to.equal('2026-03-31');
    expect(weeks.flat().filter(Boolean)).to.have.length(31);
  });

  it('should pick black or white text with at least AA contrast over any accent', () => {
    for (const c of ['#ffcc00', '#1d4ed8', '#00ff00', '#777777', '#0f766e', '#ff0000', '#000000', '#ffffff']) {
      expect(contrast(c, readableOn(c)), c).to.be.at.least(4.5);
    }
    expect(readableOn('#ffcc00')).to.equal('#000000');
    expect(readableOn('#1d4ed8')).to.equal('#ffffff');
  });

  it('should have the same keys and placeholders in every catalog', () => {
    const en = messagesFor('en').s;
    for (const [lang, m] of [
      ['es', es],
      ['de', de],
    ] as const) {
      // The paying steps' English joins the built-in catalog with their chunk (i18n-en-paying.ts).
      expect(Object.keys(m).sort()).to.deep.equal(Object.keys(en).sort());
      for (const k of Object.keys(en) as (keyof typeof en)[]) {
        expect(m[k].match(/\{\w+\}/g) ?? [], `${lang}.${k}`).to.deep.equal(en[k].match(/\{\w+\}/g) ?? []);
      }
    }
    expect(messagesFor('fr').s).to.equal(en);
  });

  it('should load the catalog of a language on demand, English until then', async () => {
    await loadCatalog('es-MX');
    expect(messagesFor('es-MX').s.chooseDate).to.equal('Elige una fecha');
    expect(messagesFor('es-MX').lang).to.equal('es');
  });

  it('should name the widget and the session in the return URLs, keeping query and hash', () => {
    expect(successUrl('https://venue.test/book?x=1#top', 'w-1')).to.equal(
      'https://venue.test/book?x=1&slotkit_session={CHECKOUT_SESSION_ID}&slotkit_widget=w-1#top',
    );
    expect(cancelUrl('https://venue.test/', 'w-1', 'res-9')).to.equal(
      'https://venue.test/?slotkit_session=res-9&slotkit_widget=w-1&slotkit_cancelled=1',
    );
    const back = 'https://venue.test/book?x=1&slotkit_session=cs_1&slotkit_widget=w-1#top';
    expect(readBack(back)).to.deep.equal({ session: 'cs_1', widget: 'w-1', cancelled: false });
    expect(withoutBack(back)).to.equal('https://venue.test/book?x=1#top');
  });

  it('should subscribe over ws:// on the API path and report failure after its retries', async () => {
    const urls: string[] = [];
    class RefusedSocket extends EventTarget {
      static CONNECTING = 0;
      static OPEN = 1;
      static CLOSING = 2;
      static CLOSED = 3;
      readyState = 0;
      protocol = '';
      onerror: ((e: Event) => void) | null = null;
      onclose: ((e: CloseEvent) => void) | null = null;
      onopen: (() => void) | null = null;
      onmessage: (() => void) | null = null;
      constructor(url: string) {
        super();
        urls.push(url);
        setTimeout(() => {
          this.readyState = 3;
          this.onerror?.(new Event('error'));
          this.onclose?.(new CloseEvent('close', { code: 1006 }));
        });
      }
      close() {}
      send() {}
    }
    const live = wsLiveSource('http://api.test/graphql', { webSocketImpl: RefusedSocket, retryWait: async () => {} });
    const failed = new Promise((resolve) =>
      live.watch({ kind: 'availability', activityId: 'act-1', date: '2026-03-11' }, () => undefined, resolve),
    );
    await failed;
    expect(urls[0]).to.equal('ws://api.test/graphql');
    expect(urls).to.have.length(4); // first try + 3 retries
    live.close();
  });
});
