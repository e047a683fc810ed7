// The documents of one configuration kind: id, type (or flow) and whether each is enabled.
import { Badge, Button, Code, Group, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { listQuery, paths, type Json } from '../../api/management';
import { useApi } from '../../auth/session';
import { ListTable, type Column } from '../../components/ListTable';
import { useLoad } from '../../components/useLoad';
import { isEnabled, memberText, type ConfigurationKind, type ListMember } from '../../forms/configurations';
import { useLocale, useT } from '../../i18n/i18n';
import { m } from './messages';

const PAGE = 20;

export function ConfigurationList({ kind }: { kind: ConfigurationKind }) {
  const t = useT(m);
  const { locale } = useLocale();
  const api = useApi();
  const { tenantId = '' } = useParams();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const load = useLoad(() => api.list<Json>(paths.documents(tenantId, kind.path), listQuery(page, PAGE)), [api, tenantId, kind.path, page]);
  const column = (member: ListMember): Column<Json> => ({
    key: member,
    title: t(member),
    render: (d) => {
      if (member === 'enabled') return <Badge color={isEnabled(d) ? 'green' : 'gray'} variant="light">{isEnabled(d) ? t('on') : t('off')}</Badge>;
      if (member === 'id') return <Code>{memberText(d, 'id')}</Code>;
      return memberText(d, member) || '—';
    },
  });
  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={2}>{kind.label[locale]}</Title>
        <Button component={Link} to="new">{t('newDocument')}</Button>
      </Group>
      <ListTable<Json>
        label={kind.label[locale]}
        columns={kind.columns.map(column)}
        rows={load.data?.list}
        total={load.data?.total_count}
        loading={load.loading}
        error={load.error}
        page={page}
        pageSize={PAGE}
        onPage={setPage}
        rowKey={(d) => memberText(d, 'id')}
        onOpen={(d) => navigate(encodeURIComponent(memberText(d, 'id')))}
      />
    </>
  );
}
