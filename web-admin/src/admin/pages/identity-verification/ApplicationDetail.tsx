// One identity-verification application: its main fields, its processes' counters, its details
// and the whole document; it can be deleted (previewed by the server's dry run first).
import { Button, Code, Group, ScrollArea, Table, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { paths, type Json } from '../../api/management';
import { tenantPath } from '../../app/features';
import { GeneralErrors, useSave } from '../../components/useSave';
import { useT } from '../../i18n/i18n';
import { DocumentPage, Fields, JsonBlock, UserLink, text } from './DetailParts';
import { StatusBadge } from './Lists';
import { m } from './messages';

const RESOURCE = 'identity-verification-applications';

export function ApplicationDetail() {
  return <DocumentPage resource={RESOURCE}>{(tenantId, doc) => <Application tenantId={tenantId} application={doc} />}</DocumentPage>;
}

type Counts = { call_count?: number; success_count?: number; failure_count?: number };

function Application({ tenantId, application: a }: { tenantId: string; application: Json }) {
  const t = useT(m);
  const navigate = useNavigate();
  const save = useSave();
  const id = String(a.id);
  const userId = typeof a.user_id === 'string' ? a.user_id : '';
  const processes = Object.entries((a.processes && typeof a.processes === 'object' ? a.processes : {}) as Record<string, Counts>);
  const remove = () => save.remove(`${text(a.type)} (${id})`, { path: paths.document(tenantId, RESOURCE, id), before: a, onDone: () => navigate(tenantPath(tenantId, RESOURCE)) });
  return (
    <>
      <Title order={2} style={{ overflowWrap: 'anywhere' }}>{t('applicationTitle', { id })}</Title>
      <GeneralErrors errors={save.errors} />
      <Fields
        items={[
          [t('type'), text(a.type)],
          [t('status'), <StatusBadge status={a.status} />],
          [t('user_id'), <UserLink tenantId={tenantId} resource={RESOURCE} userId={userId} label="userApplications" />],
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
