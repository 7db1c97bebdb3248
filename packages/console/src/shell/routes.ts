// The route table: `#/<path>[/<params>…]` shows the view element `tag`, whose
// module `load()` defines it (one lazy chunk per view). The nav lists them in
// this order with these exact English names (DESIGN §9.1).
import type { Translate } from '../i18n/i18n.ts';
import { defineMessages } from '../i18n/i18n.ts';

export interface RouteDef {
  readonly path: string;
  readonly tag: string;
  readonly label: NavLabel;
  readonly load: () => Promise<unknown>;
}

type NavLabel =
  'Dashboard' | 'Bookings' | 'Sessions' | 'Activities' | 'Venues' | 'API keys' | 'GraphQL' | 'Promo codes';

export const routes: readonly RouteDef[] = [
  { path: 'dashboard', tag: 'console-dashboard-view', label: 'Dashboard', load: () => import('../views/dashboard.ts') },
  { path: 'bookings', tag: 'console-bookings-view', label: 'Bookings', load: () => import('../views/bookings.ts') },
  { path: 'sessions', tag: 'console-sessions-view', label: 'Sessions', load: () => import('../views/sessions.ts') },
  {
    path: 'activities',
    tag: 'console-activities-view',
    label: 'Activities',
    load: () => import('../views/activities.ts'),
  },
  { path: 'venues', tag: 'console-venues-view', label: 'Venues', load: () => import('../views/venues.ts') },
  { path: 'api-keys', tag: 'console-api-keys-view', label: 'API keys', load: () => import('../views/api-keys.ts') },
  { path: 'graphql', tag: 'console-graphql-view', label: 'GraphQL', load: () => import('../views/graphql.ts') },
  {
    path: 'promo-codes',
    tag: 'console-promo-codes-view',
    label: 'Promo codes',
    load: () => import('../views/promo-codes.ts'),
  },
];

export const DEFAULT_ROUTE = routes[0]!;

/** Nav names in Spanish and German (English is the label itself). */
export const navLabel: Translate<NavLabel> = defineMessages<NavLabel>({
  en: {
    Dashboard: 'Dashboard',
    Bookings: 'Bookings',
    Sessions: 'Sessions',
    Activities: 'Activities',
    Venues: 'Venues',
    'API keys': 'API keys',
    GraphQL: 'GraphQL',
    'Promo codes': 'Promo codes',
  },
  es: {
    Dashboard: 'Panel',
    Bookings: 'Reservas',
    Sessions: 'Sesiones',
    Activities: 'Actividades',
    Venues: 'Locales',
    'API keys': 'Claves de API',
    'Promo codes': 'Códigos promocionales',
  },
  de: {
    Dashboard: 'Übersicht',
    Bookings: 'Buchungen',
    Sessions: 'Termine',
    Activities: 'Aktivitäten',
    Venues: 'Standorte',
    'API keys': 'API-Schlüssel',
    'Promo codes': 'Aktionscodes',
  },
});

export interface Location {
  readonly route: RouteDef;
  readonly params: readonly string[];
}

/** `#/bookings/SK-1` → the bookings route with params `['SK-1']`; anything unknown → the dashboard. */
export function parseHash(hash: string): Location {
  const [path = '', ...params] = hash
    .replace(/^#\/?/, '')
    .split('/')
    .map((p) => decodeURIComponent(p));
  const route = routes.find((r) => r.path === path) ?? DEFAULT_ROUTE;
  return { route, params: route.path === path ? params.filter(Boolean) : [] };
}

export const hrefOf = (path: string): string => `#/${path}`;
