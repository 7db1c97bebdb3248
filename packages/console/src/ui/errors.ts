// One sentence per failure a staff member can meet, from the error's code.
import { isSlotkitError } from '@slotkit/sdk';
import { defineMessages } from '../i18n/i18n.ts';

const t = defineMessages({
  en: {
    NETWORK_ERROR: 'The server cannot be reached. Check your connection and try again.',
    UNAUTHENTICATED: 'This API key is unknown or revoked. Sign in again.',
    FORBIDDEN: 'This key may not do that.',
    NOT_FOUND: 'It no longer exists: it may have been deleted.',
    RATE_LIMITED: 'Too many requests: wait a moment and try again.',
    INTERNAL: 'Something went wrong on the server. Try again; if it keeps happening, check the server log.',
    other: 'Something went wrong: {message}',
  },
  es: {
    NETWORK_ERROR: 'No se puede contactar con el servidor. Comprueba la conexión y reinténtalo.',
    UNAUTHENTICATED: 'Esta clave de API no existe o fue revocada. Vuelve a iniciar sesión.',
    FORBIDDEN: 'Esta clave no puede hacer eso.',
    NOT_FOUND: 'Ya no existe: puede que se haya eliminado.',
    RATE_LIMITED: 'Demasiadas solicitudes: espera un momento y reinténtalo.',
    INTERNAL: 'Algo falló en el servidor. Reinténtalo; si se repite, revisa el registro del servidor.',
    other: 'Algo falló: {message}',
  },
  de: {
    NETWORK_ERROR: 'Der Server ist nicht erreichbar. Prüfe die Verbindung und versuche es erneut.',
    UNAUTHENTICATED: 'Dieser API-Schlüssel ist unbekannt oder widerrufen. Bitte erneut anmelden.',
    FORBIDDEN: 'Dieser Schlüssel darf das nicht.',
    NOT_FOUND: 'Existiert nicht mehr: vielleicht wurde es gelöscht.',
    RATE_LIMITED: 'Zu viele Anfragen: kurz warten und erneut versuchen.',
    INTERNAL: 'Auf dem Server ist etwas schiefgelaufen. Erneut versuchen; wenn es bleibt, das Server-Log prüfen.',
    other: 'Etwas ist schiefgelaufen: {message}',
  },
});

type Known = 'NETWORK_ERROR' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'RATE_LIMITED' | 'INTERNAL';
const KNOWN = new Set<string>([
  'NETWORK_ERROR',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'INTERNAL',
]);

/** BAD_USER_INPUT carries the server's own sentence (which field, what is wrong): that is shown as is. */
export function errorMessage(err: unknown): string {
  if (isSlotkitError(err)) {
    if (KNOWN.has(err.code)) return t(err.code as Known);
    return err.message;
  }
  return t('other', { message: err instanceof Error ? err.message : String(err) });
}
