import type { Feature } from '../../app/features';
import { TenantSettings } from './TenantSettings';

export const feature: Feature = {
  order: 20,
  scope: 'tenant',
  nav: [{ path: 'settings', scope: 'tenant', label: { en: 'Tenant settings', ja: 'テナント設定' } }],
  routes: [{ path: 'settings', element: <TenantSettings /> }],
};
