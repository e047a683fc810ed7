import type { Feature } from '../../app/features';
import { ClientEdit } from './ClientEdit';
import { ClientList } from './ClientList';

export const feature: Feature = {
  order: 40,
  scope: 'tenant',
  nav: [{ path: 'clients', scope: 'tenant', label: { en: 'Clients', ja: 'クライアント' } }],
  routes: [
    { path: 'clients', element: <ClientList /> },
    { path: 'clients/new', element: <ClientEdit /> },
    { path: 'clients/:clientId', element: <ClientEdit /> },
  ],
};
