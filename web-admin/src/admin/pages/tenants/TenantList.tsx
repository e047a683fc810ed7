import { Badge, Button, Code, Group, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { listQuery, paths, type Json } from '../../api/management';
import { tenantPath } from '../../app/features';
import { useApi } from '../../auth/session';
import { ListTable } from '../../components/ListTable';
import { useLoad } from '../../components/useLoad';
import { useT } from '../../i18n/i18n';
import { m } from './messages';

const PAGE = 20;

export function TenantList() {
  const t = useT(m);
  const api = useApi();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const load = useLoad(() => api.list<Json>(paths.tenants(), listQuery(page, PAGE)), [api, page]);
  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={2}>{t('title')}</Title>
        <Button component={Link} to="/tenants/new">{t('newTenant')}</Button>
      </Group>
      <ListTable<Json>
        label={t('title')}
        columns={[
          { key: 'name', title: t('name'), render: (x) => String(x.name ?? '—') },
          { key: 'type', title: t('type'), render: (x) => <Badge variant="light">{String(x.tenant_type ?? x.type ?? '')}</Badge> },
          { key: 'id', title: t('id'), render: (x) => <Code>{String(x.id)}</Code> },
        ]}
        rows={load.data?.list}
        total={load.data?.total_count}
        loading={load.loading}
        error={load.error}
        page={page}
        pageSize={PAGE}
        onPage={setPage}
        rowKey={(x) => String(x.id)}
        onOpen={(x) => navigate(tenantPath(String(x.id), 'settings'))}
      />
    </>
  );
}
