// Message catalogs, small and in code; every failure a customer can meet has
// its own sentence. Dates, times and money go through Intl (dates.ts).
import { en, type Catalog } from './i18n-en.ts';

export type { Catalog } from './i18n-en.ts';
export type MessageKey = keyof Catalog;

// English is built in; the others are chunks of their own, fetched for pages in that language.
// The paying steps' English arrives with their chunk (i18n-en-paying.ts adds it to `en`).
const catalogs: Record<string, Catalog> = { en: en as Catalog };
const loaders: Record<string, () => Promise<{ default: Catalog }>> = {
  es: () => import('./i18n-es.ts'),
  de: () => import('./i18n-de.ts'),
};

const langOf = (locale: string) => locale.toLowerCase().split('-')[0]!;

/** Fetches the catalog of `locale` (once); resolves at once for English and unknown languages. */
export async function loadCatalog(locale: string): Promise<void> {
  const lang = langOf(locale);
  const load = loaders[lang];
  if (catalogs[lang] || !load) return;
  catalogs[lang] = (await load()).default;
}

/** What views get to speak: the catalog and the locale Intl formats with. */
export interface Messages {
  readonly locale: string;
  readonly lang: string;
  readonly s: Catalog;
}

/** The catalog for a BCP 47 tag, by language; English when unknown or not loaded yet (see loadCatalog). */
export function messagesFor(locale: string): Messages {
  const lang = langOf(locale);
  return catalogs[lang] ? { locale, lang, s: catalogs[lang] } : { locale, lang: 'en', s: catalogs.en! };
}

/** Fills `{name}` placeholders. */
export const fill = (text: string, vars: Record<string, string | number> = {}): string =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** The sentence of `key` (a server reason we have no sentence for reads as ERROR). */
export const t = (m: Messages, key: MessageKey, vars?: Record<string, string | number>): string =>
  fill(m.s[key] ?? m.s.ERROR, vars);
