// Pieces of the application and result pages: the page that loads one document, the way back
// to the list, the main fields, the user with a link to their entries, and a JSON value shown
// read-only.
import { Anchor, Code, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { paths, type Json } from '../../api/management';
import { tenantPath } from '../../app/features';
import { useApi } from '../../auth/session';
import { Loaded } from '../../components/PageState';
import { useLoad } from '../../components/useLoad';
import { useT } from '../../i18n/i18n';
import { m, type MessageKey } from './messages';

// The document `resource`/{id} of the route's tenant, shown by `children` once loaded.
export function DocumentPage({ resource, children }: { resource: string; children: (tenantId: string, doc: Json) => ReactNode }) {
  const { tenantId = '', id = '' } = useParams();
  const api = useApi();
  const load = useLoad(() => api.get<Json>(paths.document(tenantId, resource, id)), [api, tenantId, resource, id]);
  return (
    <Stack maw={1000}>
      <BackToList tenantId={tenantId} resource={resource} />
      <Loaded load={load}>{(doc) => children(tenantId, doc)}</Loaded>
    </Stack>
  );
}

// The user id, and a link to the list of `resource` filtered to that user.
export function UserLink({ tenantId, resource, userId, label }: { tenantId: string; resource: string; userId: string; label: MessageKey }) {
  const t = useT(m);
  if (!userId) return <>—</>;
  return (
    <>
      <Code>{userId}</Code>{' '}
      <Anchor component={Link} to={`${tenantPath(tenantId, resource)}?user_id=${encodeURIComponent(userId)}`} size="sm">{t(label)}</Anchor>
    </>
  );
}

// The list this page was opened from, with its filters and page.
export function BackToList({ tenantId, resource }: { tenantId: string; resource: string }) {
  const t = useT(m);
  const state = useLocation().state as { listSearch?: string } | null;
  return <Anchor component={Link} to={`${tenantPath(tenantId, resource)}${state?.listSearch ?? ''}`} size="sm">← {t('backToList')}</Anchor>;
}

export function Fields({ items }: { items: [string, ReactNode][] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="xs">
      {items.map(([label, value]) => (
        <Stack key={label} gap={2}>
          <Text size="xs" c="dimmed">{label}</Text>
          <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>{value ?? '—'}</Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

export function JsonBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>{label}</Text>
      <ScrollArea.Autosize mah={480} type="auto">
        <Code block aria-label={label} style={{ whiteSpace: 'pre' }}>{JSON.stringify(value ?? null, null, 2)}</Code>
      </ScrollArea.Autosize>
    </Stack>
  );
}

export const text = (v: unknown): string => (typeof v === 'string' && v ? v : '—');
