// The whole tenant document as JSON, checked against the schema the server validates a PUT with
// (tenant-update.json), saved through the same preview.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import tenantUpdateSchema from '../../../../../fcgi-app/control/schemas/tenant-update.json';
import { resultOf } from '../../api/client';
import { paths, type Json } from '../../api/management';
import { JsonEditor, jsonProblems } from '../../components/JsonEditor';
import { GeneralErrors, useSave } from '../../components/useSave';
import { common } from '../../i18n/common';
import { useT } from '../../i18n/i18n';
import { m } from './messages';

export function TenantJson({ tenantId, stored, onSaved }: { tenantId: string; stored: Json; onSaved: (doc: Json) => void }) {
  const t = useT(m);
  const c = useT(common);
  const [text, setText] = useState(() => JSON.stringify(stored, null, 2));
  const save = useSave();

  const submit = () => {
    const p = jsonProblems(text, tenantUpdateSchema);
    if (p.syntax || !p.value || typeof p.value !== 'object' || Array.isArray(p.value)) return;
    void save.preview<Json>({
      method: 'PUT',
      path: paths.tenant(tenantId),
      body: p.value,
      before: stored,
      onDone: (answer) => onSaved(resultOf<Json>(answer) ?? (p.value as Json)),
    });
  };

  return (
    <Stack>
      <Text size="sm" c="dimmed">{t('jsonLead')}</Text>
      <GeneralErrors errors={save.errors} />
      <JsonEditor label={t('json')} value={text} onChange={setText} schema={tenantUpdateSchema} />
      <Group>
        <Button onClick={submit} loading={save.busy}>{c('save')}</Button>
        <Button variant="default" onClick={() => setText(JSON.stringify(stored, null, 2))}>{t('discard')}</Button>
      </Group>
      {save.dialog}
    </Stack>
  );
}
