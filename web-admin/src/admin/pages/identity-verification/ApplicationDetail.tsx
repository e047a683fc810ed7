// One identity-verification application: its main fields, its processes' counters, its details
// and the whole document; it can be deleted (previewed by the server's dry run first).
import { Anchor, Button, Code, Group, ScrollArea, Stack, Table, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { paths, type Json } from '../../api/management';
import { tenantPath } from '../../app/features';
import { useApi } from '../../auth/session';
import { Loaded } from '../../components/PageState';
import { useLoad } from '../../components/useLoad';
import { GeneralErrors, useSave } from '../../components/useSave';
import { common } from '../../i18n/common';
import { useT } from '../../i18n/i18n';
import { BackToList, Fields, JsonBlock, text } from './DetailParts';
import { StatusBadge } from './Lists';
import { m } from './messages';

const RESOURCE = 'identity-verification-applications';

export function ApplicationDetail() {
  const { tenantId = '', id = '' } = useParams();
  const api = useApi();
  const load = useLoad(() => api.get<Json>(paths.document(tenantId, RESOURCE, id)), [api, tenantId, id]);
  return (
    <Stack maw={1000}>
      <BackToList tenantId={tenantId} resource={RESOURCE} />
      <Loaded load={load}>{(a) => <Application tenantId={tenantId} application={a} />}</Loaded>
    </Stack>
  );
}

type Counts = { call_count?: number; success_count?: number; failure_count?: number };

function Application({ tenantId, application: a }: { tenantId: string; application: Json }) {
  const t = useT(m);
  const c = useT(common);
  const navigate = useNavigate();
  const save = useSave();
  const id = String(a.id);
  const userId = typeof a.user_id === 'string' ? a.user_id : '';
  const processes = Object.entries((a.processes && typeof a.processes === 'object' ? a.processes : {}) as Record<string, Counts>);
  const remove = () => {
    if (!window.confirm(c('confirmDelete', { name: `${text(a.type)} (${id})` }))) return;
    void save.preview({ method: 'DELETE', path: paths.document(tenantId, RESOURCE, id), before: a, onDone: () => navigate(tenantPath(tenantId, RESOURCE)) });
  };
  return (
    <>
      <Title order={2} style={{ overflowWrap: 'anywhere' }}>{t('applicationTitle', { id })}</Title>
      <GeneralErrors errors={save.errors} />
      <Fields
        items={[
          [t('type'), text(a.type)],
          [t('status'), <StatusBadge status={a.status} />],
          [t('user_id'), userId ? (
            <>
              <Code>{userId}</Code>{' '}
              <Anchor component={Link} to={`${tenantPath(tenantId, RESOURCE)}?user_id=${encodeURIComponent(userId)}`} size="sm">{t('userApplications')}</Anchor>
            </>
          ) : '—'],
          [t('client_id'), <Code>{text(a.client_id)}</Code>],
          [t('requested_at'), text(a.requested_at)],
          [t('id'), <Code>{id}</Code>],
        ]}
      />
      {processes.length > 0 && (
        <ScrollArea type="auto">
          <Table withTableBorder striped aria-label={t('processes')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('process')}</Table.Th>
                <Table.Th>{t('calls')}</Table.Th>
                <Table.Th>{t('successes')}</Table.Th>
                <Table.Th>{t('failures')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {processes.map(([name, n]) => (
                <Table.Tr key={name}>
                  <Table.Td><Code>{name}</Code></Table.Td>
                  <Table.Td>{n?.call_count ?? 0}</Table.Td>
                  <Table.Td>{n?.success_count ?? 0}</Table.Td>
                  <Table.Td>{n?.failure_count ?? 0}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      <JsonBlock label={t('details')} value={a.application_details} />
      <JsonBlock label={t('wholeDocument')} value={a} />
      <Group justify="flex-end">
        <Button color="red" variant="subtle" onClick={remove} loading={save.busy}>{t('deleteApplication')}</Button>
      </Group>
      {save.dialog}
    </>
  );
}
