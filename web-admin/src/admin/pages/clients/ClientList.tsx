import { Badge, Button, Code, Group, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { listQuery, paths, type Json } from '../../api/management';
import { useApi } from '../../auth/session';
import { ListTable } from '../../components/ListTable';
import { useLoad } from '../../components/useLoad';
import { useT } from '../../i18n/i18n';
import { m } from './messages';

const PAGE = 20;

export function ClientList() {
  const t = useT(m);
  const api = useApi();
  const { tenantId = '' } = useParams();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const load = useLoad(() => api.list<Json>(paths.clients(tenantId), listQuery(page, PAGE)), [api, tenantId, page]);
  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={2}>{t('title')}</Title>
        <Button component={Link} to="new">{t('newClient')}</Button>
      </Group>
      <ListTable<Json>
        label={t('title')}
        columns={[
          { key: 'name', title: t('clientName'), render: (c) => String(c.client_name ?? '—') },
          { key: 'id', title: t('clientId'), render: (c) => <Code>{String(c.client_id)}</Code> },
          { key: 'method', title: t('authMethod'), render: (c) => String(c.token_endpoint_auth_method ?? '') },
          { key: 'enabled', title: t('enabledColumn'), render: (c) => <Badge color={c.enabled === false ? 'gray' : 'green'} variant="light">{c.enabled === false ? t('off') : t('on')}</Badge> },
        ]}
        rows={load.data?.list}
        total={load.data?.total_count}
        loading={load.loading}
        error={load.error}
        page={page}
        pageSize={PAGE}
        onPage={setPage}
        rowKey={(c) => String(c.client_id)}
        onOpen={(c) => navigate(String(c.client_id))}
      />
    </>
  );
}
