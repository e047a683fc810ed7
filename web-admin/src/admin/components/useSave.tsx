// Every save is previewed first: the write goes to the server with ?dry_run=true, the dialog shows
// what would change (the server's diff and a line diff of the documents), and Apply sends it
// again for real. Refusals are placed next to the fields they name (placeErrors).
import { Alert, Badge, Button, Code, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { DryRunAnswer } from '../api/client';
import { ApiError, errorMessages, placeErrors, type PlacedErrors } from '../api/errors';
import { useSession } from '../auth/session';
import { common } from '../i18n/common';
import { useT } from '../i18n/i18n';
import { changedPaths } from './diff';
import { DiffView } from './DiffView';

export interface Change<R = unknown> {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  before?: unknown;  // the stored document, for the difference
  after?: unknown;  // what the document becomes, where the server's dry run answers less than that
  onDone: (result: R) => void;
  preview?: boolean;  // false: no dry run (a write the server cannot preview)
}

// Secrets the server generates on a dry run are not the ones it will keep: not shown.
const SECRET_MEMBERS = new Set(['client_secret', 'raw_password', 'password']);
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_MEMBERS.has(k) && typeof v === 'string' ? '********' : redact(v)]));
}

export interface SaveOptions {
  fields?: readonly string[];  // form fields that errors may name
  prefixes?: readonly string[];  // path prefixes the server puts before them ("client.")
}

interface Pending {
  change: Change<never>;
  after: unknown;
  serverDiff?: DryRunAnswer['diff'];
}

export function useSave(options: SaveOptions = {}) {
  const t = useT(common);
  const { api } = useSession();
  const [pending, setPending] = useState<Pending | undefined>();
  const [errors, setErrors] = useState<PlacedErrors>({ fields: {}, general: [] });
  const [busy, setBusy] = useState(false);

  const fail = useCallback(
    (e: unknown) => {
      const messages = errorMessages(e);
      const placed = e instanceof ApiError && e.status === 400
        ? placeErrors(messages, options.fields ?? [], options.prefixes ?? [])
        : { fields: {}, general: messages };
      setErrors(placed);
      return placed;
    },
    [options.fields, options.prefixes],
  );

  const apply = useCallback(
    async (change: Change<never>) => {
      if (!api) return;
      setBusy(true);
      try {
        const result = await api.write(change.method, change.path, change.body);
        setPending(undefined);
        setErrors({ fields: {}, general: [] });
        change.onDone(result as never);
      } catch (e) {
        setPending(undefined);
        fail(e);
      } finally {
        setBusy(false);
      }
    },
    [api, fail],
  );

  const preview = useCallback(
    async <R,>(change: Change<R>) => {
      if (!api) return;
      const c = change as unknown as Change<never>;
      if (change.preview === false) return apply(c);
      setBusy(true);
      setErrors({ fields: {}, general: [] });
      try {
        const answer = await api.write<DryRunAnswer>(change.method, change.path, change.body, true);
        const after = change.method === 'DELETE' ? undefined : redact(change.after ?? answer?.result ?? change.body);
        setPending({ change: c, after, serverDiff: answer?.diff });
      } catch (e) {
        fail(e);
      } finally {
        setBusy(false);
      }
    },
    [api, apply, fail],
  );

  // A deletion: confirmed by name, then previewed like any write.
  const remove = useCallback(
    (name: string, change: Omit<Change<unknown>, 'method'>) => {
      if (window.confirm(t('confirmDelete', { name }))) void preview({ ...change, method: 'DELETE' });
    },
    [preview, t],
  );

  const dialog = (
    <DryRunDialog
      pending={pending}
      busy={busy}
      onCancel={() => setPending(undefined)}
      onApply={() => pending && void apply(pending.change)}
    />
  );
  return { preview, remove, errors, setErrors, busy, dialog, fail };
}

// useSave for a form: the refusals that name its fields become its field errors (`rename` maps
// the API's member paths to the form's names where they differ).
export function useFormSave(form: { setErrors: (errors: Record<string, string>) => void }, options: SaveOptions = {}, rename?: (fields: Record<string, string>) => Record<string, string>) {
  const save = useSave(options);
  const { setErrors } = form;
  useEffect(() => setErrors(rename ? rename(save.errors.fields) : save.errors.fields), [save.errors, setErrors, rename]);
  return save;
}

const WRAP = { whiteSpace: 'pre-wrap', wordBreak: 'break-all' } as const;

// A value of the server's diff as JSON, secrets masked.
function shown(field: string, value: unknown): string {
  if (value === undefined) return '—';
  return JSON.stringify(SECRET_MEMBERS.has(field) ? '********' : redact(value));
}

function DryRunDialog({ pending, busy, onCancel, onApply }: { pending?: Pending; busy: boolean; onCancel: () => void; onApply: () => void }) {
  const t = useT(common);
  const before = redact(pending?.change.before);
  const after = pending?.after;
  const paths = pending ? changedPaths(before ?? {}, after ?? {}) : [];
  const server = pending?.serverDiff ? Object.entries(pending.serverDiff) : [];
  return (
    <Modal opened={!!pending} onClose={onCancel} title={t('previewTitle')} size="xl" centered>
      <Stack gap="sm" data-testid="dry-run-preview">
        <Text size="sm">{t('previewLead')}</Text>
        {pending && paths.length === 0 && <Alert color="gray">{t('previewNoChange')}</Alert>}
        {paths.length > 0 && (
          <Text size="sm" fw={600}>
            {t('previewChanged', { count: paths.length })}
          </Text>
        )}
        {server.length > 0 && (
          <Table withTableBorder aria-label={t('previewTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th>{t('previewBefore')}</Table.Th>
                <Table.Th>{t('previewAfter')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {server.map(([field, d]) => (
                <Table.Tr key={field} data-field={field}>
                  <Table.Td><Code>{field}</Code></Table.Td>
                  <Table.Td><Code style={WRAP}>{shown(field, d?.before)}</Code></Table.Td>
                  <Table.Td><Code style={WRAP}>{shown(field, d?.after)}</Code></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {pending && <DiffView before={before} after={after} />}
        <Group justify="flex-end">
          {paths.length > 0 && <Badge variant="light" tt="none">{paths.slice(0, 6).join(', ')}{paths.length > 6 ? '…' : ''}</Badge>}
          <Button variant="default" onClick={onCancel}>{t('cancel')}</Button>
          <Button onClick={onApply} loading={busy} data-autofocus>{t('apply')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

// The refusals that name no field, above the form.
export function GeneralErrors({ errors }: { errors: PlacedErrors }) {
  const t = useT(common);
  if (!errors.general.length) return null;
  return (
    <Alert color="red" role="alert" title={t('requestFailedTitle')}>
      {errors.general.map((m) => (
        <Text size="sm" key={m}>{m}</Text>
      ))}
    </Alert>
  );
}
