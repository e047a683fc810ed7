// Create or edit one configuration document as JSON, checked against the server's schema when it
// has one; every save and delete is previewed by the server's dry run first.
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { paths, type Json } from '../../api/management';
import { tenantPath } from '../../app/features';
import { useApi } from '../../auth/session';
import { JsonEditor, jsonProblems } from '../../components/JsonEditor';
import { Loaded } from '../../components/PageState';
import { useLoad } from '../../components/useLoad';
import { useSave } from '../../components/useSave';
import { documentName, savedId, type ConfigurationKind } from '../../forms/configurations';
import { common } from '../../i18n/common';
import { useLocale, useT } from '../../i18n/i18n';
import { m } from './messages';

export function ConfigurationEdit({ kind }: { kind: ConfigurationKind }) {
  const { tenantId = '', id } = useParams();
  const api = useApi();
  const load = useLoad(async () => (id ? api.get<Json>(paths.document(tenantId, kind.path, id)) : {}), [api, tenantId, kind.path, id]);
  return (
    <Loaded load={load}>
      {(doc) => <ConfigurationEditor key={`${kind.path}/${id ?? 'new'}`} kind={kind} tenantId={tenantId} original={id ? doc : undefined} reload={load.reload} />}
    </Loaded>
  );
}

function ConfigurationEditor({ kind, tenantId, original, reload }: { kind: ConfigurationKind; tenantId: string; original?: Json; reload: () => void }) {
  const t = useT(m);
  const c = useT(common);
  const { locale } = useLocale();
  const navigate = useNavigate();
  const creating = !original;
  const initial = useMemo(() => JSON.stringify(original ?? kind.start(crypto.randomUUID()), null, 2), [original, kind]);
  const [text, setText] = useState(initial);
  const [notObject, setNotObject] = useState(false);
  const save = useSave();
  const listPath = tenantPath(tenantId, kind.path);
  const name = original ? documentName(original) : '';

  const submit = () => {
    const p = jsonProblems(text);
    if (p.syntax) return;
    const body = p.value;
    setNotObject(!body || typeof body !== 'object' || Array.isArray(body));
    if (!body || typeof body !== 'object' || Array.isArray(body)) return;
    const id = String(original?.id ?? '');
    void save.preview<unknown>({
      method: creating ? 'POST' : 'PUT',
      path: creating ? paths.documents(tenantId, kind.path) : paths.document(tenantId, kind.path, id),
      body,
      before: original,
      onDone: (answer) => {
        if (creating) navigate(`${listPath}/${encodeURIComponent(savedId(answer, body as Json))}`);
        else reload();
      },
    });
  };

  const remove = () => {
    if (original) save.remove(name, { path: paths.document(tenantId, kind.path, String(original.id)), before: original, onDone: () => navigate(listPath) });
  };

  const refusals = [...save.errors.general, ...Object.values(save.errors.fields)];
  return (
    <Stack maw={1000}>
      <Anchor component={Link} to={listPath} size="sm">← {t('backToList')}</Anchor>
      <Title order={2} style={{ overflowWrap: 'anywhere' }}>
        {creating ? t('createTitle', { kind: kind.label[locale] }) : t('editTitle', { kind: kind.label[locale], name })}
      </Title>
      {creating && <Alert color="blue">{t('newLead')}</Alert>}
      <Text size="sm" c="dimmed">{kind.schema ? t('schemaChecked') : t('syntaxOnly')}</Text>
      <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <Stack>
          <JsonEditor label={t('document')} value={text} onChange={setText} schema={kind.schema} serverErrors={notObject ? [t('notObject'), ...refusals] : refusals} />
          <Group justify="space-between">
            <Button type="submit" loading={save.busy}>{creating ? c('create') : c('save')}</Button>
            {!creating && <Button color="red" variant="subtle" onClick={remove}>{t('deleteDocument')}</Button>}
          </Group>
        </Stack>
      </form>
      {save.dialog}
    </Stack>
  );
}
