// Create or edit a permission of the tenant: its name and description.
import { Button, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate, useParams } from 'react-router';
import { resultOf } from '../../api/client';
import { paths, type Json } from '../../api/management';
import { tenantPath } from '../../app/features';
import { useApi } from '../../auth/session';
import { Loaded } from '../../components/PageState';
import { useLoad } from '../../components/useLoad';
import { GeneralErrors, useFormSave } from '../../components/useSave';
import { PERMISSION_FIELDS, permissionBody, permissionFormOf, validatePermission, type PermissionForm } from '../../forms/role';
import { common } from '../../i18n/common';
import { useT } from '../../i18n/i18n';
import { m } from './messages';
import { useSay } from '../../i18n/problems';

const LIST = 'roles?tab=permissions';

export function PermissionEdit() {
  const { tenantId = '', permissionId } = useParams();
  const api = useApi();
  const load = useLoad(async () => (permissionId ? api.get<Json>(paths.permission(tenantId, permissionId)) : {}), [api, tenantId, permissionId]);
  return <Loaded load={load}>{(doc) => <PermissionEditor key={permissionId ?? 'new'} tenantId={tenantId} original={permissionId ? doc : undefined} reload={load.reload} />}</Loaded>;
}

function PermissionEditor({ tenantId, original, reload }: { tenantId: string; original?: Json; reload: () => void }) {
  const t = useT(m);
  const c = useT(common);
  const say = useSay();
  const navigate = useNavigate();
  const creating = !original;
  const form = useForm<PermissionForm>({ initialValues: permissionFormOf(original ?? {}), validate: (v) => validatePermission(v, say) });
  const save = useFormSave(form, { fields: PERMISSION_FIELDS, prefixes: ['permission.'] });
  const id = original ? String(original.id) : '';

  const submit = () => {
    if (form.validate().hasErrors) return;
    void save.preview<Json>({
      method: creating ? 'POST' : 'PUT',
      path: creating ? paths.permissions(tenantId) : paths.permission(tenantId, id),
      body: permissionBody(form.values),
      before: original,
      onDone: (result) => {
        const created = resultOf(result);
        if (creating && typeof created?.id === 'string') navigate(tenantPath(tenantId, `roles/permissions/${created.id}`));
        else if (creating) navigate(tenantPath(tenantId, LIST));
        else reload();
      },
    });
  };

  const remove = () => {
    if (original) save.remove(String(original.name ?? id), { path: paths.permission(tenantId, id), before: original, onDone: () => navigate(tenantPath(tenantId, LIST)) });
  };

  return (
    <Stack maw={900}>
      <Title order={2}>{creating ? t('createPermission') : t('editPermission', { name: String(original.name ?? id) })}</Title>
      <GeneralErrors errors={save.errors} />
      <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('name')} required maxLength={255} {...form.getInputProps('name')} />
            <TextInput label={t('description')} maxLength={255} {...form.getInputProps('description')} />
          </SimpleGrid>
          <Group justify="space-between">
            <Button type="submit" loading={save.busy}>{creating ? c('create') : c('save')}</Button>
            {!creating && <Button color="red" variant="subtle" onClick={remove}>{t('deletePermission')}</Button>}
          </Group>
        </Stack>
      </form>
      {save.dialog}
    </Stack>
  );
}
