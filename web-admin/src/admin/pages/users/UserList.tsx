import { Badge, Button, Group, Select, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { paths, type Json } from '../../api/management';
import { useApi } from '../../auth/session';
import { ListTable, usePagedList } from '../../components/ListTable';
import { INACTIVE, SEARCH_FIELDS, searchQuery, type SearchField } from '../../forms/user';
import { common } from '../../i18n/common';
import { useT } from '../../i18n/i18n';
import { m } from './messages';


export function StatusBadge({ status }: { status: unknown }) {
  const s = String(status ?? 'REGISTERED');
  return <Badge variant="light" color={INACTIVE.has(s) ? 'red' : 'green'}>{s}</Badge>;
}

export function UserList() {
  const t = useT(m);
  const c = useT(common);
  const api = useApi();
  const { tenantId = '' } = useParams();
  const navigate = useNavigate();
  const [field, setField] = useState<SearchField>('email');
  const [value, setValue] = useState('');
  const [filter, setFilter] = useState({});
  const list = usePagedList((q) => api.list<Json>(paths.users(tenantId), { ...filter, ...q }), [api, tenantId, filter]);
  const search = (e: React.FormEvent) => {
    e.preventDefault();
    list.onPage(1);
    setFilter(searchQuery(field, value));
  };
  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={2}>{t('title')}</Title>
        <Button component={Link} to="new">{t('newUser')}</Button>
      </Group>
      <form onSubmit={search} role="search">
        <Group align="flex-end" mb="md" wrap="wrap">
          <Select label={t('searchBy')} data={[...SEARCH_FIELDS]} value={field} onChange={(v) => v && setField(v as SearchField)} allowDeselect={false} w={200} />
          <TextInput label={t('searchValue')} value={value} onChange={(e) => setValue(e.currentTarget.value)} style={{ flex: 1, minWidth: 200 }} />
          <Button type="submit" variant="default">{c('search')}</Button>
        </Group>
      </form>
      <ListTable<Json>
        label={t('title')}
        columns={[
          { key: 'name', title: t('name'), render: (u) => String(u.name ?? '—') },
          { key: 'email', title: t('email'), render: (u) => String(u.email ?? '') },
          { key: 'status', title: t('status'), render: (u) => <StatusBadge status={u.status} /> },
          { key: 'roles', title: t('roles'), render: (u) => (Array.isArray(u.roles) ? u.roles.map((r) => (r as Json).role_name).join(', ') : '') },
        ]}
        paging={list}
        rowKey={(u) => String(u.sub)}
        onOpen={(u) => navigate(String(u.sub))}
      />
    </>
  );
}
