// Console strings: each module declares its own English strings with
// defineMessages and their Spanish and German translations beside them, so a
// view (or part B's views) adds strings without touching a shared catalog.
// A missing translation falls back to English. Dates and money go through Intl.

export const LOCALES = ['en', 'es', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'slotkit.console.locale';
let current: Locale = readStoredLocale();

function readStoredLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return (LOCALES as readonly string[]).includes(stored ?? '') ? (stored as Locale) : 'en';
  } catch {
    return 'en';
  }
}

/** The language the console speaks; English until the user picks another (kept in localStorage). */
export const currentLocale = (): Locale => current;

export function setLocale(locale: Locale): void {
  current = locale;
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/** Fills `{name}` placeholders. */
export const fill = (text: string, vars: Readonly<Record<string, string | number>> = {}): string =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));

export interface MessageTable<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly es?: Partial<Readonly<Record<K, string>>>;
  readonly de?: Partial<Readonly<Record<K, string>>>;
}

/** `(key, vars?) => string` in the current locale. */
export type Translate<K extends string> = (key: K, vars?: Readonly<Record<string, string | number>>) => string;

/**
 * A module's strings: `const t = defineMessages({ en: { hello: 'Hello {name}' }, es: {...}, de: {...} })`,
 * then `t('hello', { name })`. Keys are checked against the English table at compile time.
 */
export function defineMessages<K extends string>(table: MessageTable<K>): Translate<K> {
  return (key, vars) => fill(table[current]?.[key] ?? table.en[key], vars);
}
