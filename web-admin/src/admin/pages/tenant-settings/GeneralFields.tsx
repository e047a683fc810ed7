// The general section: name, description, domain and whether the tenant is enabled.
import { SimpleGrid, Switch, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { Json } from '../../api/management';
import type { GeneralForm } from '../../forms/tenant';
import { useT } from '../../i18n/i18n';
import { m } from './messages';

export function GeneralFields({ form, stored }: { form: UseFormReturnType<GeneralForm>; stored: Json }) {
  const t = useT(m);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('tenantId')} value={String(stored.id ?? '')} readOnly />
        <TextInput label={t('tenantType')} value={String(stored.type ?? stored.tenant_type ?? '')} readOnly />
        <TextInput label={t('name')} withAsterisk {...form.getInputProps('name')} />
        <TextInput label={t('domain')} description={t('domainHint')} withAsterisk {...form.getInputProps('domain')} />
      </SimpleGrid>
      <Textarea label={t('description')} autosize minRows={2} {...form.getInputProps('description')} />
      <Switch label={t('enabled')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
    </>
  );
}
