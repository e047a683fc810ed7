// The security events section: the security event log (security_event_log_config) and the user
// attributes each event carries (security_event_user_config).
import { Checkbox, Fieldset, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { LOG_FLAGS, LOG_FORMATS, USER_FLAGS, type EventsForm } from '../../forms/tenant';
import { useT } from '../../i18n/i18n';
import { m } from './messages';

const LOG = 'security_event_log_config';
const PROCESSING = new Set<string>(['debug_logging', 'tracing_enabled', 'persistence_enabled', 'statistics_enabled']);

export function SecurityEventFields({ form }: { form: UseFormReturnType<EventsForm> }) {
  const t = useT(m);
  const flag = (k: (typeof LOG_FLAGS)[number]) => (
    <Checkbox key={k} label={t(`flag_${k}`)} {...form.getInputProps(`${LOG}.${k}`, { type: 'checkbox' })} />
  );
  return (
    <>
      <Fieldset legend={t('logSection')}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('logFormat')} data={[...LOG_FORMATS]} allowDeselect={false} {...form.getInputProps(`${LOG}.format`)} />
            <TextInput label={t('stage')} {...form.getInputProps(`${LOG}.stage`)} />
            <TextInput label={t('serviceName')} {...form.getInputProps(`${LOG}.service_name`)} />
            <TextInput label={t('customTags')} description={t('customTagsHint')} {...form.getInputProps(`${LOG}.custom_tags`)} />
          </SimpleGrid>
          <Text size="sm" fw={500}>{t('logProcessing')}</Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs">{LOG_FLAGS.filter((k) => PROCESSING.has(k)).map(flag)}</SimpleGrid>
          <Text size="sm" fw={500}>{t('logContents')}</Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs">{LOG_FLAGS.filter((k) => !PROCESSING.has(k)).map(flag)}</SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('allowedUserPiiKeys')} description={t('commaList')} {...form.getInputProps(`${LOG}.allowed_user_pii_keys`)} />
            <TextInput label={t('detailScrubKeys')} description={t('commaList')} {...form.getInputProps(`${LOG}.detail_scrub_keys`)} />
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('userSection')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs">
          {USER_FLAGS.map((k) => (
            <Checkbox key={k} label={t(`user_${k}`)} {...form.getInputProps(`security_event_user_config.${k}`, { type: 'checkbox' })} />
          ))}
        </SimpleGrid>
      </Fieldset>
    </>
  );
}
