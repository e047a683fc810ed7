// The roles and the permissions of the tenant, one tab each, both paged.
import { Badge, Button, Code, Group, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { listQuery, paths, type Json } from '../../api/management';
import { useApi } from '../../auth/session';
import { ListTable } from '../../components/ListTable';
import { useLoad } from '../../components/useLoad';
import { permissionsOf } from '../../forms/role';
import { useT } from '../../i18n/i18n';
import { m } from './messages';

const PAGE = 20;

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
  const [page, setPage] = useState(1);
  const load = useLoad(() => api.list<Json>(paths.roles(tenantId), listQuery(page, PAGE)), [api, tenantId, page]);
  return (
    <ListTable<Json>
      label={t('roles')}
      columns={[
        { key: 'name', title: t('name'), render: (r) => String(r.name ?? '') },
        { key: 'description', title: t('description'), render: (r) => String(r.description ?? '') },
        { key: 'count', title: t('permissionCount'), render: (r) => <Badge variant="light">{permissionsOf(r).length}</Badge> },
      ]}
      rows={load.data?.list}
      total={load.data?.total_count}
      loading={load.loading}
      error={load.error}
      page={page}
      pageSize={PAGE}
      onPage={setPage}
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
  const [page, setPage] = useState(1);
  const load = useLoad(() => api.list<Json>(paths.permissions(tenantId), listQuery(page, PAGE)), [api, tenantId, page]);
  return (
    <ListTable<Json>
      label={t('permissions')}
      columns={[
        { key: 'name', title: t('name'), render: (p) => <Code>{String(p.name ?? '')}</Code> },
        { key: 'description', title: t('description'), render: (p) => String(p.description ?? '') },
      ]}
      rows={load.data?.list}
      total={load.data?.total_count}
      loading={load.loading}
      error={load.error}
      page={page}
      pageSize={PAGE}
      onPage={setPage}
      rowKey={(p) => String(p.id)}
      onOpen={(p) => navigate(`permissions/${String(p.id)}`)}
    />
  );
}
