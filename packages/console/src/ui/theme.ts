// Light or dark: the system's choice until the user flips the switch (kept in
// localStorage); console.css reads html[data-theme].
export type Theme = 'light' | 'dark';
const STORAGE_KEY = 'slotkit.console.theme';

export function currentTheme(): Theme {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyStoredTheme(): void {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'light' || stored === 'dark') document.documentElement.dataset['theme'] = stored;
  } catch {
    // no storage: follow the system
  }
}

export function setTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // the choice lasts for this page only
  }
}
