import type { Feature } from '../../app/features';
import { UserCreate } from './UserCreate';
import { UserDetail } from './UserDetail';
import { UserList } from './UserList';

export const feature: Feature = {
  order: 50,
  scope: 'tenant',
  nav: [{ path: 'users', scope: 'tenant', label: { en: 'Users', ja: 'ユーザー' } }],
  routes: [
    { path: 'users', element: <UserList /> },
    { path: 'users/new', element: <UserCreate /> },
    { path: 'users/:userId', element: <UserDetail /> },
  ],
};
