// The managed tenant's own settings: one tab per section of the tenant document, each with its own
// form and Save, and the whole document as JSON. The chosen tab is kept in the URL (?section=).
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { paths, type Json } from '../../api/management';
import { useApi } from '../../auth/session';
import { Loaded } from '../../components/PageState';
import { useLoad } from '../../components/useLoad';
import { SECTIONS, type Section } from '../../forms/tenant';
import { useT } from '../../i18n/i18n';
import { CorsFields } from './CorsFields';
import { GeneralFields } from './GeneralFields';
import { IdentityFields } from './IdentityFields';
import { m } from './messages';
import { SectionForm } from './SectionForm';
import { SecurityEventFields } from './SecurityEventFields';
import { SessionFields } from './SessionFields';
import { TenantJson } from './TenantJson';
import { UiFields } from './UiFields';

export function TenantSettings() {
  const { tenantId = '' } = useParams();
  const api = useApi();
  const load = useLoad(() => api.get<Json>(paths.tenant(tenantId)), [api, tenantId]);
  return <Loaded load={load}>{(doc) => <SettingsEditor key={tenantId} tenantId={tenantId} initial={doc} />}</Loaded>;
}

function SettingsEditor({ tenantId, initial }: { tenantId: string; initial: Json }) {
  const t = useT(m);
  const [stored, setStored] = useState(initial);
  // A save of the whole document starts every section over from it.
  const [round, setRound] = useState(0);
  const [dirty, setDirty] = useState<Partial<Record<Section, boolean>>>({});
  const [search, setSearch] = useSearchParams();
  const requested = search.get('section');
  const tab = requested === 'json' || SECTIONS.includes(requested as Section) ? requested! : 'general';

  const onDirty = useCallback((s: Section, d: boolean) => setDirty((prev) => (prev[s] === d ? prev : { ...prev, [s]: d })), []);
  const shared = { tenantId, stored, onSaved: setStored, onDirty };
  const replaced = (doc: Json) => {
    setStored(doc);
    setDirty({});
    setRound((r) => r + 1);
  };

  return (
    <Stack maw={960}>
      <Title order={2}>{t('titleOf', { name: String(stored.name ?? tenantId) })}</Title>
      <Tabs value={tab} onChange={(v) => setSearch(v && v !== 'general' ? { section: v } : {}, { replace: true })}>
        <Tabs.List>
          {[...SECTIONS, 'json' as const].map((s) => (
            <Tabs.Tab key={s} value={s} rightSection={s !== 'json' && dirty[s] ? <Text span c="orange" size="xs" title={t('unsaved')} aria-label={t('unsaved')}>●</Text> : undefined}>
              {t(s)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <div key={round}>
          <Tabs.Panel value="general" pt="md">
            <SectionForm section="general" {...shared}>{(form) => <GeneralFields form={form} stored={stored} />}</SectionForm>
          </Tabs.Panel>
          <Tabs.Panel value="session" pt="md">
            <SectionForm section="session" {...shared}>{(form) => <SessionFields form={form} />}</SectionForm>
          </Tabs.Panel>
          <Tabs.Panel value="cors" pt="md">
            <SectionForm section="cors" {...shared}>{(form) => <CorsFields form={form} />}</SectionForm>
          </Tabs.Panel>
          <Tabs.Panel value="ui" pt="md">
            <SectionForm section="ui" {...shared}>{(form) => <UiFields form={form} />}</SectionForm>
          </Tabs.Panel>
          <Tabs.Panel value="identity" pt="md">
            <SectionForm section="identity" {...shared}>{(form) => <IdentityFields form={form} />}</SectionForm>
          </Tabs.Panel>
          <Tabs.Panel value="events" pt="md">
            <SectionForm section="events" {...shared}>{(form) => <SecurityEventFields form={form} />}</SectionForm>
          </Tabs.Panel>
          <Tabs.Panel value="json" pt="md" keepMounted={false}>
            <TenantJson tenantId={tenantId} stored={stored} onSaved={replaced} />
          </Tabs.Panel>
        </div>
      </Tabs>
    </Stack>
  );
}
