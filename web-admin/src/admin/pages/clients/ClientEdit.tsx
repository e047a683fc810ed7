// Create or edit a client: the common members as a form, the whole document as checked JSON.
// A new client's generated secret is shown once, after it is saved.
import { Alert, Button, Checkbox, Code, CopyButton, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Switch, Tabs, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import clientSchema from '../../../../../fcgi-app/control/schemas/client.json';
import { resultOf } from '../../api/client';
import { paths, type Json } from '../../api/management';
import { tenantPath } from '../../app/features';
import { useApi } from '../../auth/session';
import { JsonEditor, jsonProblems, useJsonTab } from '../../components/JsonEditor';
import { Loaded } from '../../components/PageState';
import { useLoad } from '../../components/useLoad';
import { TokenLifetimes } from '../../components/TokenLifetimes';
import { GeneralErrors, useFormSave } from '../../components/useSave';
import { CLIENT_FIELDS, clientBody, clientFormOf, newClientForm, newId, validateClient, type ClientForm } from '../../forms/client';
import { common } from '../../i18n/common';
import { useT } from '../../i18n/i18n';
import { m } from './messages';
import { AUTH_METHODS, GRANT_TYPES, RESPONSE_TYPES } from '../../forms/vocabulary';
import { useSay } from '../../i18n/problems';

export function ClientEdit() {
  const { tenantId = '', clientId } = useParams();
  const api = useApi();
  const load = useLoad(async () => (clientId ? api.get<Json>(paths.client(tenantId, clientId)) : {}), [api, tenantId, clientId]);
  return <Loaded load={load}>{(doc) => <ClientEditor key={clientId ?? 'new'} tenantId={tenantId} original={clientId ? doc : undefined} reload={load.reload} />}</Loaded>;
}

function ClientEditor({ tenantId, original, reload }: { tenantId: string; original?: Json; reload: () => void }) {
  const t = useT(m);
  const c = useT(common);
  const say = useSay();
  const navigate = useNavigate();
  const creating = !original;
  const [secret, setSecret] = useState<{ id: string; secret: string }>();
  const form = useForm<ClientForm>({ initialValues: original ? clientFormOf(original) : newClientForm(newId()), validate: (v) => validateClient(v, say) });
  const save = useFormSave(form, { fields: CLIENT_FIELDS, prefixes: ['client.'] });

  const document = useMemo(() => clientBody(form.values, original ?? {}), [form.values, original]);
  const json = useJsonTab(document, (value) => form.setValues(clientFormOf(value)));

  const submit = () => {
    let body: Json = document;
    if (json.tab === 'json') {
      const p = jsonProblems(json.text, clientSchema);
      if (p.syntax || !p.value) return;
      body = p.value as Json;
    } else if (form.validate().hasErrors) return;
    const id = String(body.client_id ?? '');
    void save.preview<Json>({
      method: creating ? 'POST' : 'PUT',
      path: creating ? paths.clients(tenantId) : paths.client(tenantId, id),
      body,
      before: original,
      onDone: (result) => {
        const created = resultOf(result);
        if (creating && typeof created?.client_secret === 'string') setSecret({ id, secret: created.client_secret });
        else if (creating) navigate(tenantPath(tenantId, `clients/${id}`));
        else reload();
      },
    });
  };

  const remove = () => {
    if (original) save.remove(String(original.client_name ?? original.client_id), { path: paths.client(tenantId, String(original.client_id)), before: original, onDone: () => navigate(tenantPath(tenantId, 'clients')) });
  };

  return (
    <Stack maw={900}>
      <Title order={2}>{creating ? t('createTitle') : t('editTitle', { name: String(original.client_name ?? original.client_id) })}</Title>
      <GeneralErrors errors={save.errors} />
      <Tabs value={json.tab} onChange={json.switchTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="form">{c('formView')}</Tabs.Tab>
          <Tabs.Tab value="json">{c('jsonView')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="form" pt="md">
          <form onSubmit={(e) => { e.preventDefault(); submit(); }} id="client-form">
            <Stack>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('clientName')} {...form.getInputProps('client_name')} />
                <TextInput label={t('clientId')} readOnly={!creating} {...form.getInputProps('client_id')} />
              </SimpleGrid>
              <TagsInput label={t('redirectUris')} description={t('redirectUrisHint')} {...form.getInputProps('redirect_uris')} />
              <TagsInput label={t('postLogoutRedirectUris')} description={t('redirectUrisHint')} {...form.getInputProps('post_logout_redirect_uris')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <MultiSelect label={t('grantTypes')} data={[...GRANT_TYPES]} {...form.getInputProps('grant_types')} />
                <MultiSelect label={t('responseTypes')} data={[...RESPONSE_TYPES]} {...form.getInputProps('response_types')} />
                <Select label={t('authMethod')} data={[...AUTH_METHODS]} allowDeselect={false} {...form.getInputProps('token_endpoint_auth_method')} />
                <Select label={t('applicationType')} data={['web', 'native']} allowDeselect={false} {...form.getInputProps('application_type')} />
              </SimpleGrid>
              <TextInput label={t('scope')} {...form.getInputProps('scope')} />
              <Group>
                <Checkbox label={t('requirePkce')} {...form.getInputProps('require_pkce', { type: 'checkbox' })} />
                <Switch label={t('enabled')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
              </Group>
              <TokenLifetimes form={form} legend={t('tokens')} />
            </Stack>
          </form>
        </Tabs.Panel>
        <Tabs.Panel value="json" pt="md">
          <JsonEditor label={c('jsonView')} value={json.text} onChange={json.setText} schema={clientSchema} serverErrors={Object.values(save.errors.fields)} />
        </Tabs.Panel>
      </Tabs>
      <Group justify="space-between">
        <Button onClick={submit} loading={save.busy}>{creating ? c('create') : c('save')}</Button>
        {!creating && <Button color="red" variant="subtle" onClick={remove}>{t('deleteClient')}</Button>}
      </Group>
      {save.dialog}
      <Modal opened={!!secret} onClose={() => {}} withCloseButton={false} title={t('secretTitle')} centered closeOnEscape={false} closeOnClickOutside={false}>
        <Stack>
          <Alert color="yellow">{t('secretLead')}</Alert>
          <Code block data-testid="client-secret">{secret?.secret}</Code>
          <Group justify="space-between">
            <CopyButton value={secret?.secret ?? ''}>{({ copied, copy }) => <Button variant="light" onClick={copy}>{copied ? c('copied') : c('copy')}</Button>}</CopyButton>
            <Button onClick={() => secret && navigate(tenantPath(tenantId, `clients/${secret.id}`))}>{t('secretDone')}</Button>
          </Group>
          <Text size="xs" c="dimmed">{t('clientId')}: {secret?.id}</Text>
        </Stack>
      </Modal>
    </Stack>
  );
}
