// The session section: the session cookie and the session's lifetime.
import { Checkbox, Group, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { SAME_SITE, SWITCH_POLICIES, type SessionForm } from '../../forms/tenant';
import { useT } from '../../i18n/i18n';
import { m } from './messages';

export function SessionFields({ form }: { form: UseFormReturnType<SessionForm> }) {
  const t = useT(m);
  const at = (k: keyof SessionForm['session_config']) => `session_config.${k}`;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('cookieName')} description={t('cookieNameHint')} {...form.getInputProps(at('cookie_name'))} />
        <TextInput label={t('cookieDomain')} description={t('cookieDomainHint')} {...form.getInputProps(at('cookie_domain'))} />
        <Select label={t('cookieSameSite')} description={t('sameSiteHint')} data={[...SAME_SITE]} allowDeselect={false} {...form.getInputProps(at('cookie_same_site'))} />
        <TextInput label={t('cookiePath')} {...form.getInputProps(at('cookie_path'))} />
        <NumberInput label={t('timeoutSeconds')} description={t('defaultIs', { value: 3600 })} placeholder="3600" min={1} allowDecimal={false} {...form.getInputProps(at('timeout_seconds'))} />
        <Select
          label={t('switchPolicy')}
          data={SWITCH_POLICIES.map((p) => ({ value: p, label: t(`switch_${p}`) }))}
          allowDeselect={false}
          {...form.getInputProps(at('switch_policy'))}
        />
      </SimpleGrid>
      <Group>
        <Checkbox label={t('useSecureCookie')} {...form.getInputProps(at('use_secure_cookie'), { type: 'checkbox' })} />
        <Checkbox label={t('useHttpOnlyCookie')} {...form.getInputProps(at('use_http_only_cookie'), { type: 'checkbox' })} />
      </Group>
    </>
  );
}
