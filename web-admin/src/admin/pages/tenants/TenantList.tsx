import { Badge, Button, Code, Group, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { paths, type Json } from '../../api/management';
import { tenantPath } from '../../app/features';
import { useApi } from '../../auth/session';
import { ListTable, usePagedList } from '../../components/ListTable';
import { useT } from '../../i18n/i18n';
import { m } from './messages';


export function TenantList() {
  const t = useT(m);
  const api = useApi();
  const navigate = useNavigate();
  const list = usePagedList((q) => api.list<Json>(paths.tenants(), q), [api]);
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
        paging={list}
        rowKey={(x) => String(x.id)}
        onOpen={(x) => navigate(tenantPath(String(x.id), 'settings'))}
      />
    </>
  );
}
