// The UI section: where the tenant's sign-in and sign-up pages are.
import { SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { UiForm } from '../../forms/tenant';
import { useT } from '../../i18n/i18n';
import { m } from './messages';

export function UiFields({ form }: { form: UseFormReturnType<UiForm> }) {
  const t = useT(m);
  return (
    <>
      <TextInput label={t('baseUrl')} description={t('baseUrlHint')} placeholder="https://auth.example.com" {...form.getInputProps('ui_config.base_url')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('signinPage')} description={t('pageHint')} {...form.getInputProps('ui_config.signin_page')} />
        <TextInput label={t('signupPage')} description={t('pageHint')} {...form.getInputProps('ui_config.signup_page')} />
      </SimpleGrid>
    </>
  );
}
