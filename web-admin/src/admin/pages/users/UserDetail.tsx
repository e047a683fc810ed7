// One user: profile (PATCH), lock and unlock, password, roles and sessions; every write previewed.
import { Alert, Button, Group, MultiSelect, PasswordInput, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { paths, type Json } from '../../api/management';
import { tenantPath } from '../../app/features';
import { useApi } from '../../auth/session';
import { Empty, Loaded } from '../../components/PageState';
import { useLoad } from '../../components/useLoad';
import { GeneralErrors, useFormSave, useSave } from '../../components/useSave';
import { INACTIVE, USER_FIELDS, userFormOf, userPatch, validateUser, type UserForm } from '../../forms/user';
import { common } from '../../i18n/common';
import { useLocale, useT } from '../../i18n/i18n';
import { m } from './messages';
import { ProfileFields } from './ProfileFields';
import { StatusBadge } from './UserList';
import { useSay } from '../../i18n/problems';

export function UserDetail() {
  const { tenantId = '', userId = '' } = useParams();
  const api = useApi();
  const load = useLoad(() => api.get<Json>(paths.user(tenantId, userId)), [api, tenantId, userId]);
  return <Loaded load={load}>{(user) => <UserScreen key={JSON.stringify(user)} tenantId={tenantId} user={user} reload={load.reload} />}</Loaded>;
}

function UserScreen({ tenantId, user, reload }: { tenantId: string; user: Json; reload: () => void }) {
  const t = useT(m);
  const c = useT(common);
  const say = useSay();
  const navigate = useNavigate();
  const sub = String(user.sub);
  const status = String(user.status ?? 'REGISTERED');
  const form = useForm<UserForm>({ initialValues: userFormOf(user), validate: (v) => validateUser(v, say) });
  const save = useFormSave(form, { fields: USER_FIELDS, prefixes: ['user.'] });
  const path = paths.user(tenantId, sub);

  const saveProfile = form.onSubmit((values) => void save.preview({ method: 'PATCH', path, body: userPatch(values, user), before: user, onDone: reload }));
  const setStatus = (next: string) => void save.preview({ method: 'PATCH', path, body: { status: next }, before: user, onDone: reload });
  const remove = () => save.remove(String(user.email ?? user.name ?? sub), { path, before: user, onDone: () => navigate(tenantPath(tenantId, 'users')) });

  return (
    <Stack maw={900}>
      <Group justify="space-between">
        <Title order={2}>{t('user', { name: String(user.email ?? user.name ?? sub) })}</Title>
        <Group>
          <StatusBadge status={status} />
          {INACTIVE.has(status)
            ? <Button variant="light" onClick={() => setStatus('REGISTERED')}>{t('unlock')}</Button>
            : <Button variant="light" color="orange" onClick={() => setStatus('LOCKED')}>{t('lock')}</Button>}
        </Group>
      </Group>
      {INACTIVE.has(status) && <Alert color="orange">{t('locked', { status })}</Alert>}
      <GeneralErrors errors={save.errors} />
      <Tabs defaultValue="profile" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="profile">{t('profile')}</Tabs.Tab>
          <Tabs.Tab value="password">{t('password')}</Tabs.Tab>
          <Tabs.Tab value="roles">{t('roles')}</Tabs.Tab>
          <Tabs.Tab value="sessions">{t('sessions')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <form onSubmit={saveProfile}>
            <Stack>
              <ProfileFields form={form} />
              <Group justify="space-between">
                <Button type="submit" loading={save.busy}>{c('save')}</Button>
                <Button color="red" variant="subtle" onClick={remove}>{t('deleteUser')}</Button>
              </Group>
            </Stack>
          </form>
        </Tabs.Panel>
        <Tabs.Panel value="password" pt="md"><PasswordPanel tenantId={tenantId} sub={sub} /></Tabs.Panel>
        <Tabs.Panel value="roles" pt="md"><RolesPanel tenantId={tenantId} user={user} reload={reload} /></Tabs.Panel>
        <Tabs.Panel value="sessions" pt="md"><SessionsPanel tenantId={tenantId} sub={sub} /></Tabs.Panel>
      </Tabs>
      {save.dialog}
    </Stack>
  );
}

function PasswordPanel({ tenantId, sub }: { tenantId: string; sub: string }) {
  const t = useT(m);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const save = useSave({ fields: ['raw_password'], prefixes: ['user.'] });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setDone(false);
    // A new password has nothing to compare: it is sent without a preview.
    void save.preview({ method: 'PUT', path: paths.userPassword(tenantId, sub), body: { raw_password: password }, preview: false, onDone: () => { setPassword(''); setDone(true); } });
  };
  return (
    <form onSubmit={submit}>
      <Stack maw={420}>
        <PasswordInput label={t('newPassword')} autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)}
          error={save.errors.fields.raw_password ?? (save.errors.general.join('\n') || undefined)} />
        {done && <Alert color="green">{t('passwordSet')}</Alert>}
        <Button type="submit" loading={save.busy} w="fit-content">{t('setPassword')}</Button>
      </Stack>
    </form>
  );
}

function RolesPanel({ tenantId, user, reload }: { tenantId: string; user: Json; reload: () => void }) {
  const t = useT(m);
  const api = useApi();
  const roles = useLoad(() => api.list<Json>(paths.roles(tenantId), { limit: 1000 }), [api, tenantId]);
  const held = Array.isArray(user.roles) ? user.roles.map((r) => String((r as Json).role_id)) : [];
  const [chosen, setChosen] = useState<string[]>(held);
  const save = useSave({ fields: ['roles'] });
  const submit = () => void save.preview({
    method: 'PATCH', path: paths.userRoles(tenantId, String(user.sub)), body: { roles: chosen.map((role_id) => ({ role_id })) },
    before: { roles: held.map((role_id) => ({ role_id })) }, after: { roles: chosen.map((role_id) => ({ role_id })) }, onDone: reload,
  });
  return (
    <Loaded load={roles}>
      {(list) => (
        <Stack maw={600}>
          <MultiSelect label={t('roles')} searchable value={chosen} onChange={setChosen}
            data={list.list.map((r) => ({ value: String(r.id), label: String(r.name) }))} error={save.errors.fields.roles} />
          <GeneralErrors errors={save.errors} />
          <Button onClick={submit} loading={save.busy} w="fit-content">{t('saveRoles')}</Button>
          {save.dialog}
        </Stack>
      )}
    </Loaded>
  );
}

function SessionsPanel({ tenantId, sub }: { tenantId: string; sub: string }) {
  const t = useT(m);
  const { locale } = useLocale();
  const api = useApi();
  const sessions = useLoad(() => api.list<Json>(paths.userSessions(tenantId, sub), { limit: 100 }), [api, tenantId, sub]);
  const save = useSave();
  const when = (v: unknown) => (typeof v === 'number' ? new Date(v * 1000).toLocaleString(locale) : String(v ?? ''));
  const end = (path: string, ended: unknown) => void save.preview({ method: 'DELETE', path, before: ended, onDone: sessions.reload });
  return (
    <Loaded load={sessions}>
      {(list) => (
        <Stack>
          <GeneralErrors errors={save.errors} />
          {list.list.length === 0 ? <Empty>{t('noSessions')}</Empty> : (
            <>
              <Table aria-label={t('sessions')}>
                <Table.Thead>
                  <Table.Tr><Table.Th>{t('authenticatedAt')}</Table.Th><Table.Th>{t('method')}</Table.Th><Table.Th>{t('expiresAt')}</Table.Th><Table.Th /></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.list.map((s) => (
                    <Table.Tr key={String(s.id)}>
                      <Table.Td>{when(s.authenticated_at)}</Table.Td>
                      <Table.Td><Text size="sm">{String(s.amr ?? '')}</Text></Table.Td>
                      <Table.Td>{when(s.expires_at)}</Table.Td>
                      <Table.Td><Button size="xs" variant="subtle" color="red" onClick={() => end(paths.userSession(tenantId, sub, String(s.id)), s)}>{t('end')}</Button></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Button color="red" variant="light" w="fit-content" onClick={() => end(paths.userSessions(tenantId, sub), list.list)}>{t('endAll')}</Button>
            </>
          )}
        </Stack>
      )}
    </Loaded>
  );
}
