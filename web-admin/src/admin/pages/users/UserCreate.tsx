import { Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../api/management';
import { tenantPath } from '../../app/features';
import { GeneralErrors, useFormSave } from '../../components/useSave';
import { USER_FIELDS, newUserBody, newUserForm, validateUser, type NewUserForm } from '../../forms/user';
import { common } from '../../i18n/common';
import { useT } from '../../i18n/i18n';
import { m } from './messages';
import { ProfileFields } from './ProfileFields';
import { useSay } from '../../i18n/problems';

export function UserCreate() {
  const t = useT(m);
  const c = useT(common);
  const say = useSay();
  const { tenantId = '' } = useParams();
  const navigate = useNavigate();
  const form = useForm<NewUserForm>({ initialValues: newUserForm(crypto.randomUUID()), validate: (v) => validateUser(v, say) });
  const save = useFormSave(form, { fields: USER_FIELDS, prefixes: ['user.'] });
  const submit = form.onSubmit((values) =>
    void save.preview({ method: 'POST', path: paths.users(tenantId), body: newUserBody(values), onDone: () => navigate(tenantPath(tenantId, `users/${values.sub}`)) }),
  );
  return (
    <form onSubmit={submit}>
      <Stack maw={760}>
        <Title order={2}>{t('createTitle')}</Title>
        <GeneralErrors errors={save.errors} />
        <ProfileFields form={form} />
        <PasswordInput label={t('initialPassword')} required autoComplete="new-password" {...form.getInputProps('raw_password')} />
        <TextInput label={t('sub')} {...form.getInputProps('sub')} />
        <Text size="sm" c="dimmed">{t('createdRoles')}</Text>
        <Button type="submit" loading={save.busy} w="fit-content">{c('create')}</Button>
        {save.dialog}
      </Stack>
    </form>
  );
}
