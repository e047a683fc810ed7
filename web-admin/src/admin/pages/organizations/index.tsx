import { Tabs, Title } from '@mantine/core';
import type { Feature } from '../../app/features';
import { useT } from '../../i18n/i18n';
import { m } from './messages';
import { OnboardingWizard } from './OnboardingWizard';
import { OrganizationLookup } from './OrganizationLookup';

function OrganizationsPage() {
  const t = useT(m);
  return (
    <>
      <Title order={2} mb="md">{t('title')}</Title>
      <Tabs defaultValue="onboard">
        <Tabs.List>
          <Tabs.Tab value="onboard">{t('onboard')}</Tabs.Tab>
          <Tabs.Tab value="lookup">{t('lookup')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="onboard" pt="md"><OnboardingWizard /></Tabs.Panel>
        <Tabs.Panel value="lookup" pt="md"><OrganizationLookup /></Tabs.Panel>
      </Tabs>
    </>
  );
}

export const feature: Feature = {
  order: 10,
  scope: 'global',
  nav: [{ path: '/organizations', scope: 'global', systemOnly: true, label: { en: 'Organizations', ja: '組織' } }],
  routes: [{ path: 'organizations', element: <OrganizationsPage /> }],
};
