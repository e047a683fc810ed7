// The identity policy section: the attribute that identifies a user, the password policy and the
// rule for authentication devices.
import { Checkbox, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { DEVICE_AUTH_TYPES, DEVICE_SECRET_ALGORITHMS, UNIQUE_KEY_TYPES, type IdentityForm } from '../../forms/tenant';
import { useT } from '../../i18n/i18n';
import { m } from './messages';

const PW = 'identity_policy_config.password_policy';
const DEV = 'identity_policy_config.authentication_device_rule';

export function IdentityFields({ form }: { form: UseFormReturnType<IdentityForm> }) {
  const t = useT(m);
  const int = (path: string, label: string, dflt: number | undefined, min: number, max?: number) => (
    <NumberInput
      label={label}
      description={dflt === undefined ? t('noExpiry') : t('defaultIs', { value: dflt })}
      placeholder={dflt === undefined ? undefined : String(dflt)}
      min={min}
      max={max}
      allowDecimal={false}
      {...form.getInputProps(path)}
    />
  );
  const requirements = [
    ['require_uppercase', 'requireUppercase'],
    ['require_lowercase', 'requireLowercase'],
    ['require_number', 'requireNumber'],
    ['require_special_char', 'requireSpecialChar'],
  ] as const;
  return (
    <>
      <Select
        label={t('uniqueKeyType')}
        data={[...UNIQUE_KEY_TYPES]}
        allowDeselect={false}
        maw={420}
        {...form.getInputProps('identity_policy_config.identity_unique_key_type')}
      />
      <Fieldset legend={t('passwordPolicy')}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {int(`${PW}.min_length`, t('minLength'), 8, 1, 72)}
            {int(`${PW}.max_length`, t('maxLength'), 72, 1, 72)}
          </SimpleGrid>
          <Text size="sm">{t('requireLead')}</Text>
          <Group>
            {requirements.map(([k, label]) => (
              <Checkbox key={k} label={t(label)} {...form.getInputProps(`${PW}.${k}`, { type: 'checkbox' })} />
            ))}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('customRegex')} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} {...form.getInputProps(`${PW}.custom_regex`)} />
            <TextInput label={t('customRegexErrorMessage')} {...form.getInputProps(`${PW}.custom_regex_error_message`)} />
            {int(`${PW}.max_attempts`, t('maxAttempts'), 5, 1)}
            {int(`${PW}.lockout_duration_seconds`, t('lockoutDuration'), 900, 0)}
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('deviceRule')}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {int(`${DEV}.max_devices`, t('maxDevices'), 5, 1)}
            <Select label={t('deviceAuthType')} data={[...DEVICE_AUTH_TYPES]} allowDeselect={false} {...form.getInputProps(`${DEV}.authentication_type`)} />
            <Select label={t('deviceSecretAlgorithm')} data={[...DEVICE_SECRET_ALGORITHMS]} allowDeselect={false} {...form.getInputProps(`${DEV}.device_secret_algorithm`)} />
            {int(`${DEV}.device_secret_expires_in_seconds`, t('deviceSecretExpires'), undefined, 0)}
          </SimpleGrid>
          <Group>
            <Checkbox label={t('issueDeviceSecret')} {...form.getInputProps(`${DEV}.issue_device_secret`, { type: 'checkbox' })} />
            <Checkbox label={t('requiredIdentityVerification')} {...form.getInputProps(`${DEV}.required_identity_verification`, { type: 'checkbox' })} />
          </Group>
        </Stack>
      </Fieldset>
    </>
  );
}

