// Pieces of the application and result pages: the way back to the list, the main fields, and a
// JSON value shown read-only.
import { Anchor, Code, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { tenantPath } from '../../app/features';
import { useT } from '../../i18n/i18n';
import { m } from './messages';

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
