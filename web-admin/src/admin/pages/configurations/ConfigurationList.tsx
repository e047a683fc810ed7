// The documents of one configuration kind: id, type (or flow) and whether each is enabled.
import { Badge, Button, Code, Group, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { paths, type Json } from '../../api/management';
import { useApi } from '../../auth/session';
import { ListTable, usePagedList, type Column } from '../../components/ListTable';
import { isEnabled, memberText, type ConfigurationKind, type ListMember } from '../../forms/configurations';
import { useLocale, useT } from '../../i18n/i18n';
import { m } from './messages';


export function ConfigurationList({ kind }: { kind: ConfigurationKind }) {
  const t = useT(m);
  const { locale } = useLocale();
  const api = useApi();
  const { tenantId = '' } = useParams();
  const navigate = useNavigate();
  const list = usePagedList((q) => api.list<Json>(paths.documents(tenantId, kind.path), q), [api, tenantId, kind.path]);
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
        paging={list}
        rowKey={(d) => memberText(d, 'id')}
        onOpen={(d) => navigate(encodeURIComponent(memberText(d, 'id')))}
      />
    </>
  );
}
