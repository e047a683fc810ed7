// The roles and the permissions of the tenant, one tab each, both paged.
import { Badge, Button, Code, Group, Tabs, Title } from '@mantine/core';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { paths, type Json } from '../../api/management';
import { useApi } from '../../auth/session';
import { ListTable, usePagedList } from '../../components/ListTable';
import { permissionsOf } from '../../forms/role';
import { useT } from '../../i18n/i18n';
import { m } from './messages';


export function RolesPage() {
  const t = useT(m);
  const [search, setSearch] = useSearchParams();
  const tab = search.get('tab') === 'permissions' ? 'permissions' : 'roles';
  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={2}>{t('title')}</Title>
        {tab === 'roles' ? (
          <Button component={Link} to="new">{t('newRole')}</Button>
        ) : (
          <Button component={Link} to="permissions/new">{t('newPermission')}</Button>
        )}
      </Group>
      <Tabs value={tab} onChange={(v) => setSearch(v === 'permissions' ? { tab: 'permissions' } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="roles">{t('roles')}</Tabs.Tab>
          <Tabs.Tab value="permissions">{t('permissions')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="roles"><RoleList /></Tabs.Panel>
        <Tabs.Panel value="permissions"><PermissionList /></Tabs.Panel>
      </Tabs>
    </>
  );
}

function RoleList() {
  const t = useT(m);
  const api = useApi();
  const { tenantId = '' } = useParams();
  const navigate = useNavigate();
  const list = usePagedList((q) => api.list<Json>(paths.roles(tenantId), q), [api, tenantId]);
  return (
    <ListTable<Json>
      label={t('roles')}
      columns={[
        { key: 'name', title: t('name'), render: (r) => String(r.name ?? '') },
        { key: 'description', title: t('description'), render: (r) => String(r.description ?? '') },
        { key: 'count', title: t('permissionCount'), render: (r) => <Badge variant="light">{permissionsOf(r).length}</Badge> },
      ]}
      paging={list}
      rowKey={(r) => String(r.id)}
      onOpen={(r) => navigate(String(r.id))}
    />
  );
}

function PermissionList() {
  const t = useT(m);
  const api = useApi();
  const { tenantId = '' } = useParams();
  const navigate = useNavigate();
  const list = usePagedList((q) => api.list<Json>(paths.permissions(tenantId), q), [api, tenantId]);
  return (
    <ListTable<Json>
      label={t('permissions')}
      columns={[
        { key: 'name', title: t('name'), render: (p) => <Code>{String(p.name ?? '')}</Code> },
        { key: 'description', title: t('description'), render: (p) => String(p.description ?? '') },
      ]}
      paging={list}
      rowKey={(p) => String(p.id)}
      onOpen={(p) => navigate(`permissions/${String(p.id)}`)}
    />
  );
}
