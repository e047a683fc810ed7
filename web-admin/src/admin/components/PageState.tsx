// Loading, empty and error states shared by the screens.
import { Alert, Center, Group, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiError, errorMessages } from '../api/errors';
import { common } from '../i18n/common';
import { useT } from '../i18n/i18n';

export function Loading() {
  const t = useT(common);
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{t('loading')}</Text>
      </Group>
    </Center>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const t = useT(common);
  return (
    <Center py="xl" data-testid="empty-state">
      <Text c="dimmed">{children ?? t('empty')}</Text>
    </Center>
  );
}

export function ErrorMessage({ error, title }: { error: unknown; title?: string }) {
  const t = useT(common);
  const status = error instanceof ApiError ? error.status : 0;
  const headline = title ?? (status === 403 ? t('forbidden') : status === 404 ? t('notFound') : t('requestFailedTitle'));
  return (
    <Alert color="red" title={headline} role="alert">
      {errorMessages(error).map((m) => (
        <Text key={m} size="sm">{m}</Text>
      ))}
    </Alert>
  );
}

// Renders the state of a load: loading, an error, or the children with the data.
export function Loaded<T>({ load, children }: { load: { data?: T; error?: unknown; loading: boolean }; children: (data: T) => ReactNode }) {
  if (load.error) return <ErrorMessage error={load.error} />;
  if (load.data === undefined) return <Loading />;
  return <>{children(load.data)}</>;
}
