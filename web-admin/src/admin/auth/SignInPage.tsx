// Sign-in: as an administrator of the server (the ADMIN tenant named by /admin/config.json) or of
// one organization (its ORGANIZER tenant and the console's client there). The browser goes to the
// tenant's sign-in pages; the console never sees a password.
import { Alert, Button, Center, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { defineMessages, useLocale, useT } from '../i18n/i18n';
import { LocaleSwitch } from '../app/LocaleSwitch';
import { beginSignIn } from './oidc';
import { BASE, useSession } from './session';
import { loadConsoleConfig, organizationTargetFrom, type ConsoleConfig, type SignInTarget } from './target';

const m = defineMessages({
  en: {
    title: 'Sign in to the console',
    system: 'Server administrator',
    organization: 'Organization administrator',
    systemLead: 'Sign in with your account in the admin tenant.',
    organizationLead: "Sign in with your account in your organization's organizer tenant.",
    organizationId: 'Organization ID',
    tenantId: 'Organizer tenant ID',
    clientId: 'Console client ID',
    adminTenantId: 'Admin tenant ID',
    signIn: 'Sign in',
    noConfig: 'This server has no console settings (/admin/config.json); enter the admin tenant and client.',
    expired: 'Your session has ended. Sign in again.',
    failed: 'Sign-in could not start: {message}',
  },
  ja: {
    title: 'コンソールにサインイン',
    system: 'サーバー管理者',
    organization: '組織管理者',
    systemLead: '管理テナントのアカウントでサインインします。',
    organizationLead: '組織のオーガナイザーテナントのアカウントでサインインします。',
    organizationId: '組織 ID',
    tenantId: 'オーガナイザーテナント ID',
    clientId: 'コンソールのクライアント ID',
    adminTenantId: '管理テナント ID',
    signIn: 'サインイン',
    noConfig: 'このサーバーにはコンソール設定（/admin/config.json）がありません。管理テナントとクライアントを入力してください。',
    expired: 'セッションが終了しました。もう一度サインインしてください。',
    failed: 'サインインを開始できません: {message}',
  },
});

const LAST_ORGANIZATION = 'idp-admin.organization-sign-in';

export function SignInPage() {
  const t = useT(m);
  const { locale } = useLocale();
  const { expired } = useSession();
  const [search] = useSearchParams();
  const fromUrl = organizationTargetFrom(window.location.search);
  const saved = JSON.parse(localStorage.getItem(LAST_ORGANIZATION) ?? '{}') as Record<string, string>;
  const [kind, setKind] = useState<'system' | 'organization'>(fromUrl.organizationId ? 'organization' : 'system');
  const [config, setConfig] = useState<ConsoleConfig | null | undefined>();
  const [org, setOrg] = useState({ organizationId: fromUrl.organizationId ?? saved.organizationId ?? '', tenantId: fromUrl.tenantId ?? saved.tenantId ?? '', clientId: fromUrl.clientId ?? saved.clientId ?? '' });
  const [system, setSystem] = useState({ tenantId: '', clientId: '' });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadConsoleConfig(BASE).then((c) => {
      setConfig(c ?? null);
      if (c) setSystem({ tenantId: c.admin_tenant_id, clientId: c.client_id });
    });
  }, []);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const target: SignInTarget = kind === 'system'
      ? { kind, tenantId: system.tenantId.trim(), clientId: system.clientId.trim() }
      : { kind, organizationId: org.organizationId.trim(), tenantId: org.tenantId.trim(), clientId: org.clientId.trim() };
    if (kind === 'organization') localStorage.setItem(LAST_ORGANIZATION, JSON.stringify(org));
    setBusy(true);
    setError(undefined);
    try {
      await beginSignIn(target, { origin: window.location.origin, base: BASE, returnTo: search.get('return_to') ?? '/', uiLocales: locale });
    } catch (x) {
      setBusy(false);
      setError(t('failed', { message: x instanceof Error ? x.message : String(x) }));
    }
  };

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={460} component="form" onSubmit={submit}>
        <Stack>
          <Title order={1} size="h3">{t('title')}</Title>
          {expired && <Alert color="yellow">{t('expired')}</Alert>}
          <SegmentedControl
            fullWidth
            value={kind}
            onChange={(v) => setKind(v as 'system' | 'organization')}
            data={[{ value: 'system', label: t('system') }, { value: 'organization', label: t('organization') }]}
          />
          {kind === 'system' ? (
            <>
              <Text size="sm" c="dimmed">{t('systemLead')}</Text>
              {config === null && (
                <>
                  <Alert color="yellow">{t('noConfig')}</Alert>
                  <TextInput label={t('adminTenantId')} required value={system.tenantId} onChange={(e) => setSystem({ ...system, tenantId: e.currentTarget.value })} />
                  <TextInput label={t('clientId')} required value={system.clientId} onChange={(e) => setSystem({ ...system, clientId: e.currentTarget.value })} />
                </>
              )}
            </>
          ) : (
            <>
              <Text size="sm" c="dimmed">{t('organizationLead')}</Text>
              <TextInput label={t('organizationId')} required value={org.organizationId} onChange={(e) => setOrg({ ...org, organizationId: e.currentTarget.value })} />
              <TextInput label={t('tenantId')} required value={org.tenantId} onChange={(e) => setOrg({ ...org, tenantId: e.currentTarget.value })} />
              <TextInput label={t('clientId')} required value={org.clientId} onChange={(e) => setOrg({ ...org, clientId: e.currentTarget.value })} />
            </>
          )}
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <Button type="submit" loading={busy} disabled={kind === 'system' && config === undefined}>{t('signIn')}</Button>
          <LocaleSwitch />
        </Stack>
      </Paper>
    </Center>
  );
}
