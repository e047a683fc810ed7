// The tenant's audit log: filters, a paged list, and each entry with the difference it recorded.
import { Badge, Button, Code, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useParams } from 'react-router';
import { paths, type Json } from '../../api/management';
import { useApi } from '../../auth/session';
import { DiffView } from '../../components/DiffView';
import { ListTable, usePagedList } from '../../components/ListTable';
import { auditQuery, emptyAuditFilter, validateAuditFilter, type AuditFilter } from '../../forms/auditFilters';
import { common } from '../../i18n/common';
import { useLocale, useT } from '../../i18n/i18n';
import { m } from './messages';
import { useSay } from '../../i18n/problems';

const PAGE = 25;

export function AuditLog() {
  const t = useT(m);
  const c = useT(common);
  const say = useSay();
  const { locale } = useLocale();
  const api = useApi();
  const { tenantId = '' } = useParams();
  const [filter, setFilter] = useState<AuditFilter>(emptyAuditFilter);
  const [open, setOpen] = useState<Json>();
  const form = useForm<AuditFilter>({ initialValues: emptyAuditFilter, validate: (v) => validateAuditFilter(v, say) });
  const list = usePagedList((q) => api.list<Json>(paths.auditLogs(tenantId), { ...auditQuery(filter), ...q }), [api, tenantId, filter], PAGE);
  const apply = form.onSubmit((values) => {
    list.onPage(1);
    setFilter(values);
  });
  const clear = () => {
    form.setValues(emptyAuditFilter);
    list.onPage(1);
    setFilter(emptyAuditFilter);
  };
  const when = (v: unknown) => (typeof v === 'string' ? new Date(v).toLocaleString(locale) : '');
  return (
    <>
      <Title order={2} mb="md">{t('title')}</Title>
      <form onSubmit={apply} role="search" aria-label={c('filter')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="sm">
          <TextInput label={t('type')} placeholder={t('typeHint')} {...form.getInputProps('type')} />
          <Select label={t('outcome')} allowDeselect={false} data={[{ value: '', label: t('any') }, { value: 'success', label: t('success') }, { value: 'failure', label: t('failure') }]} {...form.getInputProps('outcome_result')} />
          <Select label={t('dryRun')} allowDeselect={false} data={[{ value: '', label: t('any') }, { value: 'true', label: t('onlyDryRuns') }, { value: 'false', label: t('noDryRuns') }]} {...form.getInputProps('dry_run')} />
          <TextInput label={t('user')} {...form.getInputProps('user_id')} />
          <TextInput label={t('client')} {...form.getInputProps('client_id')} />
          <TextInput type="datetime-local" label={t('from')} {...form.getInputProps('from')} />
          <TextInput type="datetime-local" label={t('to')} {...form.getInputProps('to')} />
        </SimpleGrid>
        <Group mb="md">
          <Button type="submit" variant="default">{c('filter')}</Button>
          <Button variant="subtle" onClick={clear}>{c('clear')}</Button>
        </Group>
      </form>
      <ListTable<Json>
        label={t('title')}
        columns={[
          { key: 'time', title: t('time'), render: (e) => when(e.created_at) },
          { key: 'type', title: t('type'), render: (e) => <Code>{String(e.type)}</Code> },
          { key: 'outcome', title: t('outcome'), render: (e) => (
            <Group gap={4}>
              <Badge variant="light" color={e.outcome_result === 'failure' ? 'red' : 'green'}>{String(e.outcome_result ?? '')}</Badge>
              {e.dry_run === true && <Badge variant="outline" color="gray">{t('dryRunBadge')}</Badge>}
            </Group>
          ) },
          { key: 'description', title: t('description'), render: (e) => <Text size="sm" lineClamp={1}>{String(e.description ?? '')}</Text> },
        ]}
        paging={list}
        rowKey={(e) => String(e.id)}
        onOpen={setOpen}
      />
      <Modal opened={!!open} onClose={() => setOpen(undefined)} title={t('entry', { type: String(open?.type ?? '') })} size="xl">
        {open && <AuditEntry entry={open} />}
      </Modal>
    </>
  );
}

function AuditEntry({ entry }: { entry: Json }) {
  const t = useT(m);
  const { before: _b, after: _a, ...rest } = entry;
  return (
    <Stack data-testid="audit-entry">
      <Code block>{JSON.stringify(rest, null, 2)}</Code>
      {(entry.before != null || entry.after != null) && (
        <>
          <Text fw={600}>{t('change')}</Text>
          <DiffView before={entry.before ?? undefined} after={entry.after ?? undefined} />
        </>
      )}
    </Stack>
  );
}
