// Create or edit a role: its name, description and permissions (chosen from the tenant's), and
// removal of some of the permissions it holds without changing the rest.
import { Alert, Button, Checkbox, Code, Fieldset, Group, MultiSelect, ScrollArea, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { errorMessages } from '../../api/errors';
import { resultOf } from '../../api/client';
import { paths, type Json } from '../../api/management';
import { tenantPath } from '../../app/features';
import { useApi } from '../../auth/session';
import { Loaded } from '../../components/PageState';
import { useLoad } from '../../components/useLoad';
import { GeneralErrors, useFormSave, useSave } from '../../components/useSave';
import { ROLE_FIELDS, newRoleForm, permissionChoices, permissionsOf, removalBody, roleBody, roleFormOf, validateRole, type PermissionRef, type RoleForm } from '../../forms/role';
import { common } from '../../i18n/common';
import { useT } from '../../i18n/i18n';
import { m } from './messages';
import { useSay } from '../../i18n/problems';

// The server answers at most 1000 items a page: the picker offers the first 1000 permissions.
const ALL = { limit: 1000, offset: 0 };

export function RoleEdit() {
  const { tenantId = '', roleId } = useParams();
  const api = useApi();
  const load = useLoad(async () => {
    const [role, all] = await Promise.all([
      roleId ? api.get<Json>(paths.role(tenantId, roleId)) : Promise.resolve(undefined),
      api.list<Json>(paths.permissions(tenantId), ALL).then(
        (a): { list: PermissionRef[]; error?: unknown } => ({ list: permissionsOf({ permissions: a.list }) }),
        (error: unknown) => ({ list: [] as PermissionRef[], error }),
      ),
    ]);
    return { role, all };
  }, [api, tenantId, roleId]);
  return (
    <Loaded load={load}>
      {({ role, all }) => <RoleEditor key={roleId ?? 'new'} tenantId={tenantId} original={role} permissions={all.list} permissionsError={all.error} reload={load.reload} />}
    </Loaded>
  );
}

interface EditorProps {
  tenantId: string;
  original?: Json;
  permissions: PermissionRef[];
  permissionsError?: unknown;
  reload: () => void;
}

function RoleEditor({ tenantId, original, permissions, permissionsError, reload }: EditorProps) {
  const t = useT(m);
  const c = useT(common);
  const say = useSay();
  const navigate = useNavigate();
  const creating = !original;
  const held = useMemo(() => (original ? permissionsOf(original) : []), [original]);
  const form = useForm<RoleForm>({
    initialValues: original ? roleFormOf(original) : newRoleForm(),
    validate: (v) => validateRole(v, permissionsError ? undefined : [...permissions, ...held], say),
  });
  const save = useFormSave(form, { fields: ROLE_FIELDS, prefixes: ['role.'] });
  const choices = useMemo(() => permissionChoices(permissions, held), [permissions, held]);
  const id = original ? String(original.id) : '';

  const submit = () => {
    if (form.validate().hasErrors) return;
    void save.preview<Json>({
      method: creating ? 'POST' : 'PUT',
      path: creating ? paths.roles(tenantId) : paths.role(tenantId, id),
      body: roleBody(form.values),
      before: original ? roleBody(roleFormOf(original)) : undefined,
      after: roleBody(form.values),  // the dry run answers the role's name only
      onDone: (result) => {
        const created = resultOf(result);
        const newId = typeof created?.id === 'string' ? created.id : '';
        if (creating) navigate(tenantPath(tenantId, newId ? `roles/${newId}` : 'roles'));
        else reload();
      },
    });
  };

  const remove = () => {
    if (original) save.remove(String(original.name ?? id), { path: paths.role(tenantId, id), before: original, onDone: () => navigate(tenantPath(tenantId, 'roles')) });
  };

  return (
    <Stack maw={900}>
      <Title order={2}>{creating ? t('createRole') : t('editRole', { name: String(original.name ?? id) })}</Title>
      <GeneralErrors errors={save.errors} />
      {permissionsError !== undefined && (
        <Alert color="orange" title={t('permissionsLoadFailed')}>
          {errorMessages(permissionsError).map((msg) => <Text size="sm" key={msg}>{msg}</Text>)}
        </Alert>
      )}
      <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('name')} required maxLength={255} {...form.getInputProps('name')} />
            <TextInput label={t('description')} maxLength={255} {...form.getInputProps('description')} />
          </SimpleGrid>
          <MultiSelect
            label={t('rolePermissions')}
            description={t('rolePermissionsHint')}
            data={choices}
            searchable
            clearable
            hidePickedOptions
            maxDropdownHeight={300}
            {...form.getInputProps('permissions')}
          />
          <Group justify="space-between">
            <Button type="submit" loading={save.busy}>{creating ? c('create') : c('save')}</Button>
            {!creating && <Button color="red" variant="subtle" onClick={remove}>{t('deleteRole')}</Button>}
          </Group>
        </Stack>
      </form>
      {!creating && <HeldPermissions tenantId={tenantId} roleId={id} original={original} held={held} save={save} onRemoved={reload} />}
      {save.dialog}
    </Stack>
  );
}

function HeldPermissions({ tenantId, roleId, original, held, save, onRemoved }: {
  tenantId: string;
  roleId: string;
  original: Json;
  held: PermissionRef[];
  save: ReturnType<typeof useSave>;
  onRemoved: () => void;
}) {
  const t = useT(m);
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (pid: string, on: boolean) => setSelected((s) => (on ? [...s, pid] : s.filter((x) => x !== pid)));
  const removeSelected = () =>
    void save.preview({
      method: 'PUT',
      path: `${paths.role(tenantId, roleId)}/permissions:remove`,
      body: removalBody(selected),
      before: original,
      after: { ...original, permissions: permissionsOf(original).filter((p) => !selected.includes(p.id)) },
      onDone: () => {
        setSelected([]);
        onRemoved();
      },
    });
  return (
    <Fieldset legend={t('heldTitle')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{t('heldLead')}</Text>
        {held.length === 0 ? (
          <Text size="sm" c="dimmed">{t('noneHeld')}</Text>
        ) : (
          <ScrollArea.Autosize mah={400} type="auto">
            <Table striped aria-label={t('heldTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40} />
                  <Table.Th>{t('name')}</Table.Th>
                  <Table.Th>{t('description')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {held.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Checkbox aria-label={t('select', { name: p.name })} checked={selected.includes(p.id)} onChange={(e) => toggle(p.id, e.currentTarget.checked)} />
                    </Table.Td>
                    <Table.Td><Code>{p.name}</Code></Table.Td>
                    <Table.Td>{p.description}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
        <Group>
          <Button color="red" variant="light" disabled={selected.length === 0} loading={save.busy} onClick={removeSelected}>
            {t('removeSelected', { count: selected.length })}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
