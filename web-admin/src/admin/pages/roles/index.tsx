import type { Feature } from '../../app/features';
import { PermissionEdit } from './PermissionEdit';
import { RoleEdit } from './RoleEdit';
import { RolesPage } from './RolesPage';

export const feature: Feature = {
  order: 60,
  scope: 'tenant',
  nav: [{ path: 'roles', scope: 'tenant', label: { en: 'Roles & permissions', ja: 'ロールと権限' } }],
  routes: [
    { path: 'roles', element: <RolesPage /> },
    { path: 'roles/new', element: <RoleEdit /> },
    { path: 'roles/permissions/new', element: <PermissionEdit /> },
    { path: 'roles/permissions/:permissionId', element: <PermissionEdit /> },
    { path: 'roles/:roleId', element: <RoleEdit /> },
  ],
};
