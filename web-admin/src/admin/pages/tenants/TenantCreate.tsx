// A new PUBLIC tenant: name, scopes, grant types and token lifetimes; endpoints follow from the
// tenant id; previewed (dry run) before it is created.
import { Button, MultiSelect, Stack, TagsInput, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../api/management';
import { tenantPath } from '../../app/features';
import { TokenLifetimes } from '../../components/TokenLifetimes';
import { GeneralErrors, useFormSave } from '../../components/useSave';
import { GRANT_TYPES } from '../../forms/vocabulary';
import { NEW_TENANT_FIELDS, newTenantBody, newTenantForm, validateNewTenant, type NewTenantForm } from '../../forms/newTenant';
import { common } from '../../i18n/common';
import { useT } from '../../i18n/i18n';
import { m } from './messages';
import { useSay } from '../../i18n/problems';

// Form value ↔ API path, for errors.
const FIELD_OF: Record<string, keyof NewTenantForm> = {
  'tenant.id': 'id', 'tenant.name': 'name', 'tenant.description': 'description', 'authorization_server.scopes_supported': 'scopes',
  'authorization_server.grant_types_supported': 'grantTypes', 'authorization_server.extension.access_token_duration': 'access_token_duration',
  'authorization_server.extension.id_token_duration': 'id_token_duration', 'authorization_server.extension.refresh_token_duration': 'refresh_token_duration',
};
const byForm = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([k, v]) => [FIELD_OF[k] ?? k, v]));

export function TenantCreate() {
  const t = useT(m);
  const c = useT(common);
  const say = useSay();
  const navigate = useNavigate();
  const form = useForm<NewTenantForm>({ initialValues: newTenantForm(crypto.randomUUID()), validate: (v) => byForm(validateNewTenant(v, say)) });
  const save = useFormSave(form, { fields: NEW_TENANT_FIELDS }, byForm);
  const origin = window.location.origin;
  const body = useMemo(() => newTenantBody(form.values, origin), [form.values, origin]);
  const submit = form.onSubmit(() => void save.preview({ method: 'POST', path: paths.tenants(), body, onDone: () => navigate(tenantPath(form.values.id.trim(), 'clients')) }));
  return (
    <form onSubmit={submit}>
    <Stack maw={760}>
      <Title order={2}>{t('createTitle')}</Title>
      <Text size="sm" c="dimmed">{t('createLead')}</Text>
      <GeneralErrors errors={save.errors} />
      <TextInput label={t('name')} required data-autofocus {...form.getInputProps('name')} />
      <Textarea label={t('description')} autosize minRows={2} {...form.getInputProps('description')} />
      <TextInput label={t('id')} {...form.getInputProps('id')} />
      <Text size="sm">{t('issuer')}: {`${origin}/${form.values.id}`}</Text>
      <TagsInput label={t('scopes')} {...form.getInputProps('scopes')} />
      <MultiSelect label={t('grantTypes')} data={[...GRANT_TYPES]} {...form.getInputProps('grantTypes')} />
      <TokenLifetimes form={form} legend={t('durations')} />
      <Button type="submit" loading={save.busy} w="fit-content">{c('create')}</Button>
      {save.dialog}
    </Stack>
    </form>
  );
}
