// The console's entry: theme and language before the first paint, then the shell.
import { currentLocale, setLocale } from './i18n/i18n.ts';
import { applyStoredTheme } from './ui/theme.ts';
import './shell/console-app.ts';

applyStoredTheme();
setLocale(currentLocale());
