// The screens of the console. Each feature folder under pages/ exports `feature`: its routes and
// its navigation entries, which the layout and the router read (pages/index.ts).
import type { RouteObject } from 'react-router';

export interface NavEntry {
  path: string;  // under /t/{tenant}/ for tenant entries, else under the console's base
  label: { en: string; ja: string };
  scope: 'tenant' | 'global';
  systemOnly?: boolean;  // only for administrators of the ADMIN tenant
}

export interface Feature {
  order: number;  // place in the navigation: global screens 10–19, tenant screens 20 and up
  routes: RouteObject[];  // tenant routes are relative to t/:tenantId/
  scope: 'tenant' | 'global';
  nav: NavEntry[];
}

export function tenantPath(tenantId: string, rest = ''): string {
  return `/t/${encodeURIComponent(tenantId)}${rest ? `/${rest}` : ''}`;
}
