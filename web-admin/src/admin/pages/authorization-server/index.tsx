import type { Feature } from '../../app/features';
import { AuthorizationServerEdit } from './AuthorizationServerEdit';

export const feature: Feature = {
  order: 30,
  scope: 'tenant',
  nav: [{ path: 'authorization-server', scope: 'tenant', label: { en: 'Authorization server', ja: '認可サーバー' } }],
  routes: [{ path: 'authorization-server', element: <AuthorizationServerEdit /> }],
};
