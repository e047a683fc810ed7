import type { Feature } from '../../app/features';
import { TenantCreate } from './TenantCreate';
import { TenantList } from './TenantList';

export const feature: Feature = {
  order: 15,
  scope: 'global',
  nav: [{ path: '/tenants', scope: 'global', label: { en: 'Tenants', ja: 'テナント' } }],
  routes: [
    { path: 'tenants', element: <TenantList /> },
    { path: 'tenants/new', element: <TenantCreate /> },
  ],
};
