import type { Feature } from '../../app/features';
import { AuditLog } from './AuditLog';

export const feature: Feature = {
  order: 90,
  scope: 'tenant',
  nav: [{ path: 'audit-logs', scope: 'tenant', label: { en: 'Audit log', ja: '監査ログ' } }],
  routes: [{ path: 'audit-logs', element: <AuditLog /> }],
};
