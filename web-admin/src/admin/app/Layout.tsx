// The console's frame: a header (menu button at phone width, tenant picker, language, sign-out)
// and a navigation bar with the global screens and those of the chosen tenant.
import { AppShell, Burger, Group, NavLink, ScrollArea, Select, Text, Title, Button, Divider } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { paths } from '../api/management';
import { useSession, useApi } from '../auth/session';
import { useLoad } from '../components/useLoad';
import { defineMessages, useLocale, useT } from '../i18n/i18n';
import { features } from '../pages';
import { tenantPath } from './features';
import { LocaleSwitch } from './LocaleSwitch';

const m = defineMessages({
  en: { tenant: 'Tenant', signOut: 'Sign out', menu: 'Menu', navigation: 'Navigation', organizationAdmin: 'Organization {id}' },
  ja: { tenant: 'テナント', signOut: 'サインアウト', menu: 'メニュー', navigation: 'ナビゲーション', organizationAdmin: '組織 {id}' },
});

interface TenantRow {
  id: string;
  name?: string;
  tenant_type?: string;
}

export function Layout() {
  const t = useT(m);
  const { locale } = useLocale();
  const api = useApi();
  const { session, signOut } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const params = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const tenantId = params.tenantId ?? session?.target.tenantId ?? '';
  // Loaded again when the screen names a tenant the list does not have yet (one just created).
  const [seen, setSeen] = useState<string[]>([]);
  const tenants = useLoad(() => api.list<TenantRow>(paths.tenants(), { limit: 100 }), [api, seen.length]);
  const listed = tenants.data?.list.some((x) => x.id === tenantId);
  useEffect(() => {
    if (tenants.data && !listed && tenantId && !seen.includes(tenantId)) setSeen((s) => [...s, tenantId]);
  }, [tenants.data, listed, tenantId, seen]);
  const system = session?.target.kind === 'system';

  // The same screen under another tenant.
  const pick = (id: string | null) => {
    if (!id) return;
    const rest = params.tenantId ? location.pathname.split('/').slice(3, 4).join('/') : 'clients';
    navigate(tenantPath(id, rest));
    close();
  };

  const entries = features.flatMap((f) => f.nav).filter((n) => system || !n.systemOnly);
  const link = (to: string, label: string) => (
    <NavLink key={to} component={Link} to={to} label={label} active={location.pathname === to || location.pathname.startsWith(`${to}/`)} onClick={close} />
  );

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('menu')} />
            <Title order={1} size="h4" visibleFrom="xs">IdP</Title>
            <Select
              aria-label={t('tenant')}
              placeholder={t('tenant')}
              searchable
              w={{ base: 170, sm: 300 }}
              value={tenantId || null}
              onChange={pick}
              data={(tenants.data?.list ?? []).map((x) => ({ value: x.id, label: `${x.name ?? x.id}${x.tenant_type ? ` (${x.tenant_type})` : ''}` }))}
              nothingFoundMessage="—"
            />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="md" data-testid="signed-in-as">
              {session?.tokens.name}
              {session?.target.kind === 'organization' ? ` · ${t('organizationAdmin', { id: session.target.organizationId.slice(0, 8) })}` : ''}
            </Text>
            <Group gap="sm" wrap="nowrap" visibleFrom="sm">
              <LocaleSwitch />
              <Button variant="default" size="xs" onClick={() => void signOut()}>{t('signOut')}</Button>
            </Group>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('navigation')}>
        <Group hiddenFrom="sm" justify="space-between" mb="xs">
          <LocaleSwitch />
          <Button variant="default" size="xs" onClick={() => void signOut()}>{t('signOut')}</Button>
        </Group>
        <ScrollArea>
          {entries.filter((n) => n.scope === 'global').map((n) => link(n.path, n.label[locale]))}
          {tenantId && <Divider my="xs" label={tenants.data?.list.find((x) => x.id === tenantId)?.name ?? tenantId.slice(0, 8)} labelPosition="left" />}
          {tenantId && entries.filter((n) => n.scope === 'tenant').map((n) => link(tenantPath(tenantId, n.path), n.label[locale]))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
