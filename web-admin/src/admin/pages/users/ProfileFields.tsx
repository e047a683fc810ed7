// The profile members of a user, shared by the new-user and the edit forms.
import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { STATUSES, type UserForm } from '../../forms/user';
import { useT } from '../../i18n/i18n';
import { m } from './messages';

export function ProfileFields<F extends UserForm>({ form }: { form: UseFormReturnType<F> }) {
  const t = useT(m);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput label={t('name')} {...form.getInputProps('name')} />
      <TextInput label={t('email')} type="email" {...form.getInputProps('email')} />
      <TextInput label={t('givenName')} {...form.getInputProps('given_name')} />
      <TextInput label={t('familyName')} {...form.getInputProps('family_name')} />
      <TextInput label={t('username')} {...form.getInputProps('preferred_username')} />
      <TextInput label={t('phone')} {...form.getInputProps('phone_number')} />
      <TextInput label={t('externalId')} {...form.getInputProps('external_user_id')} />
      <Select label={t('status')} data={[...STATUSES]} allowDeselect={false} {...form.getInputProps('status')} />
      <Checkbox label={t('emailVerified')} {...form.getInputProps('email_verified', { type: 'checkbox' })} />
      <Checkbox label={t('phoneVerified')} {...form.getInputProps('phone_number_verified', { type: 'checkbox' })} />
    </SimpleGrid>
  );
}
