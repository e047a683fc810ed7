// The CORS section: which origins may call the tenant's endpoints from a browser, and how.
import { Checkbox, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { CorsForm } from '../../forms/tenant';
import { useT } from '../../i18n/i18n';
import { m } from './messages';

export function CorsFields({ form }: { form: UseFormReturnType<CorsForm> }) {
  const t = useT(m);
  return (
    <>
      <TagsInput label={t('allowOrigins')} description={t('allowOriginsHint')} splitChars={[',', ' ']} {...form.getInputProps('cors_config.allow_origins')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('allowHeaders')} description={t('commaList')} {...form.getInputProps('cors_config.allow_headers')} />
        <TextInput label={t('allowMethods')} description={t('commaList')} {...form.getInputProps('cors_config.allow_methods')} />
      </SimpleGrid>
      <Checkbox label={t('allowCredentials')} {...form.getInputProps('cors_config.allow_credentials', { type: 'checkbox' })} />
    </>
  );
}
