// An organization by its id (the API has no list of organizations): its document, and deletion.
// Only administrators of the ADMIN tenant reach this screen (system-level paths).
import { Button, Code, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { paths, type Json } from '../../api/management';
import { useApi } from '../../auth/session';
import { ErrorMessage, Loading } from '../../components/PageState';
import { GeneralErrors, useSave } from '../../components/useSave';
import { useT } from '../../i18n/i18n';
import { m } from './messages';

export function OrganizationLookup() {
  const t = useT(m);
  const api = useApi();
  const [id, setId] = useState('');
  const [state, setState] = useState<{ loading?: boolean; doc?: Json; error?: unknown }>({});
  const save = useSave();
  const find = async (e: React.FormEvent) => {
    e.preventDefault();
    setState({ loading: true });
    try {
      setState({ doc: await api.get<Json>(paths.organization(id.trim())) });
    } catch (error) {
      setState({ error });
    }
  };
  const remove = () => {
    if (state.doc) save.remove(String(state.doc.name ?? id), { path: paths.organization(id.trim()), before: state.doc, onDone: () => setState({}) });
  };
  return (
    <Stack maw={760}>
      <form onSubmit={find}>
        <Group align="flex-end">
          <TextInput label={t('lookupId')} value={id} onChange={(e) => setId(e.currentTarget.value)} style={{ flex: 1 }} />
          <Button type="submit" variant="default">{t('find')}</Button>
        </Group>
      </form>
      {state.loading && <Loading />}
      {state.error !== undefined && <ErrorMessage error={state.error} />}
      {state.doc && (
        <>
          <Code block>{JSON.stringify(state.doc, null, 2)}</Code>
          <Group justify="flex-end">
            <Button color="red" variant="subtle" onClick={remove}>{t('deleteOrganization')}</Button>
          </Group>
        </>
      )}
      <GeneralErrors errors={save.errors} />
      {save.dialog}
    </Stack>
  );
}
