// The tenant's authorization server: the common members as a form, the whole document as checked
// JSON, and its signing keys. Every save is previewed with a dry run.
import { Autocomplete, Button, Fieldset, Group, MultiSelect, SimpleGrid, Stack, Tabs, TagsInput, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import serverSchema from '../../../../../fcgi-app/control/schemas/authorization-server.json';
import { paths, type Json } from '../../api/management';
import { useApi } from '../../auth/session';
import { JsonEditor, jsonProblems, useJsonTab } from '../../components/JsonEditor';
import { Loaded } from '../../components/PageState';
import { useLoad } from '../../components/useLoad';
import { TokenLifetimes } from '../../components/TokenLifetimes';
import { GeneralErrors, useFormSave } from '../../components/useSave';
import {
  JWS_ALGS, RESPONSE_MODES, SERVER_FIELDS, jwksText, jwksUrls, keyProblems, keySetOfPublished,
  keySetOfText, keysChanged, kidOf, serverBody, serverFormOf, signWith, validateServer, withoutKeys, type KeySet, type ServerForm,
} from '../../forms/authorizationServer';
import { common } from '../../i18n/common';
import { useT } from '../../i18n/i18n';
import { m } from './messages';
import { SigningKeys } from './SigningKeys';
import { AUTH_METHODS, GRANT_TYPES, RESPONSE_TYPES } from '../../forms/vocabulary';
import { useSay } from '../../i18n/problems';

// The published keys (jwks_uri), read without the management token; not cached, so a rotation
// just saved shows at once.
async function publishedKeys(jwksUri: string): Promise<KeySet> {
  for (const url of jwksUrls(jwksUri, window.location.origin)) {
    try {
      const answer = await fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
      if (!answer.ok) continue;
      const set = keySetOfPublished(await answer.json());
      if (set.known) return set;
    } catch {
      // the next place, else unknown
    }
  }
  return { keys: [], published: [], known: false };
}

export function AuthorizationServerEdit() {
  const { tenantId = '' } = useParams();
  const api = useApi();
  const load = useLoad(async () => {
    const doc = await api.get<Json>(paths.authorizationServer(tenantId));
    const keys = await publishedKeys(typeof doc.jwks_uri === 'string' ? doc.jwks_uri : '');
    return { doc, keys, stamp: Date.now() };
  }, [api, tenantId]);
  return (
    <Loaded load={load}>
      {({ doc, keys, stamp }) => <ServerEditor key={stamp} tenantId={tenantId} original={doc} published={keys} reload={load.reload} />}
    </Loaded>
  );
}


function ServerEditor({ tenantId, original, published, reload }: { tenantId: string; original: Json; published: KeySet; reload: () => void }) {
  const t = useT(m);
  const c = useT(common);
  const say = useSay();
  const form = useForm<ServerForm>({ initialValues: serverFormOf(original) });
  const [keys, setKeys] = useState<KeySet>(published);
  const save = useFormSave(form, { fields: SERVER_FIELDS, prefixes: ['authorization_server.'] });

  const document = useMemo(() => serverBody(form.values, original, keys), [form.values, original, keys]);
  const kids = useMemo(() => [...new Set(keys.keys.map(kidOf).filter(Boolean))], [keys]);

  const json = useJsonTab(withoutKeys(document), (value) => {
    form.setValues(serverFormOf(value));
    if (typeof value.jwks === 'string') {
      const typed = keySetOfText(value.jwks, keys);
      if ('keys' in typed) setKeys(typed);
    }
  });

  const send = (body: Json) =>
    void save.preview<Json>({ method: 'PUT', path: paths.authorizationServer(tenantId), body, before: original, onDone: () => reload() });

  const submit = () => {
    if (json.tab === 'json') {
      const p = jsonProblems(json.text, serverSchema);
      if (p.syntax || !p.value || typeof p.value !== 'object') return;
      const body = { ...(p.value as Json) };
      if (typeof body.jwks !== 'string' && keysChanged(keys)) {
        const problems = keyProblems(serverFormOf(body), keys, say);
        if (Object.keys(problems).length) {
          form.setValues(serverFormOf(body));
          json.setTab('form');
          form.setErrors(problems);
          return;
        }
        body.jwks = jwksText(keys);
      }
      send(body);
      return;
    }
    const problems = validateServer(form.values, keys, say);
    form.setErrors(problems);
    if (Object.keys(problems).length) return;
    send(document);
  };

  return (
    <Stack maw={1000}>
      <Title order={2}>{t('title')}</Title>
      <GeneralErrors errors={save.errors} />
      <Tabs value={json.tab} onChange={json.switchTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="form">{c('formView')}</Tabs.Tab>
          <Tabs.Tab value="json">{c('jsonView')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="form" pt="md">
          <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
            <Stack>
              <TextInput label={t('issuer')} description={t('issuerHint')} readOnly value={form.values.issuer} />
              <TagsInput label={t('scopes')} description={t('enterHint')} {...form.getInputProps('scopes_supported')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <MultiSelect label={t('grantTypes')} data={[...GRANT_TYPES]} {...form.getInputProps('grant_types_supported')} />
                <MultiSelect label={t('responseTypes')} data={[...new Set([...RESPONSE_TYPES, ...form.values.response_types_supported])]} {...form.getInputProps('response_types_supported')} />
                <MultiSelect label={t('responseModes')} data={[...RESPONSE_MODES]} {...form.getInputProps('response_modes_supported')} />
                <MultiSelect label={t('authMethods')} data={[...AUTH_METHODS]} {...form.getInputProps('token_endpoint_auth_methods_supported')} />
                <MultiSelect label={t('idTokenAlgs')} data={[...JWS_ALGS]} {...form.getInputProps('id_token_signing_alg_values_supported')} />
              </SimpleGrid>
              <TokenLifetimes form={form} legend={t('tokens')} />
              <Fieldset legend={t('signingIds')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {(['token_signed_key_id', 'id_token_signed_key_id'] as const).map((k) => (
                    <Autocomplete
                      key={k}
                      label={k === 'token_signed_key_id' ? t('tokenKey') : t('idTokenKey')}
                      data={kids}
                      {...form.getInputProps(k)}
                      error={form.errors[k] ?? form.errors[`extension.${k}`]}
                      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                    />
                  ))}
                </SimpleGrid>
              </Fieldset>
              <SigningKeys
                keys={keys}
                ids={form.values}
                jwksUri={typeof original.jwks_uri === 'string' ? original.jwks_uri : ''}
                error={form.errors.jwks ? String(form.errors.jwks) : undefined}
                onChange={setKeys}
                onSign={(kid, what) => form.setValues(signWith(form.values, kid, what))}
              />
            </Stack>
          </form>
        </Tabs.Panel>
        <Tabs.Panel value="json" pt="md">
          <JsonEditor label={c('jsonView')} value={json.text} onChange={json.setText} schema={serverSchema} serverErrors={Object.values(save.errors.fields)} />
        </Tabs.Panel>
      </Tabs>
      <Group>
        <Button onClick={submit} loading={save.busy}>{c('save')}</Button>
      </Group>
      {save.dialog}
    </Stack>
  );
}
