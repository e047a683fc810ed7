import { Badge, Button, Code, Group, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { paths, type Json } from '../../api/management';
import { useApi } from '../../auth/session';
import { ListTable, usePagedList } from '../../components/ListTable';
import { useT } from '../../i18n/i18n';
import { m } from './messages';


export function ClientList() {
  const t = useT(m);
  const api = useApi();
  const { tenantId = '' } = useParams();
  const navigate = useNavigate();
  const list = usePagedList((q) => api.list<Json>(paths.clients(tenantId), q), [api, tenantId]);
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
        paging={list}
        rowKey={(c) => String(c.client_id)}
        onOpen={(c) => navigate(String(c.client_id))}
      />
    </>
  );
}
