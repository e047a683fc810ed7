// The onboarding wizard: organization, organizer tenant, first administrator, review; the
// creation is previewed (dry run) and then applied. The last step gives the sign-in link for the
// organization's administrators.
import { Alert, Anchor, Button, Code, CopyButton, Group, PasswordInput, Stack, Stepper, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../api/management';
import { tenantPath } from '../../app/features';
import { organizationSignInLink } from '../../auth/target';
import { BASE } from '../../auth/session';
import { GeneralErrors, useFormSave } from '../../components/useSave';
import { ONBOARDING_FIELDS, ONBOARDING_STEP, generatePassword, onboardingBody, validateOnboarding, type OnboardingForm, type OnboardingIds } from '../../forms/newTenant';
import { common } from '../../i18n/common';
import { useT } from '../../i18n/i18n';
import { m } from './messages';
import { useSay } from '../../i18n/problems';

const freshIds = (): OnboardingIds => ({ organizationId: crypto.randomUUID(), tenantId: crypto.randomUUID(), userSub: crypto.randomUUID(), clientId: crypto.randomUUID() });

export function OnboardingWizard() {
  const t = useT(m);
  const c = useT(common);
  const say = useSay();
  const [step, setStep] = useState(0);
  const [ids, setIds] = useState(freshIds);
  const [done, setDone] = useState(false);
  const form = useForm<OnboardingForm>({
    initialValues: { organizationName: '', organizationDescription: '', tenantName: '', adminName: '', adminEmail: '', adminPassword: generatePassword() },
  });
  const save = useFormSave(form, { fields: ONBOARDING_FIELDS }, byForm);
  // A refusal opens the first step that shows one of the fields it names.
  useEffect(() => {
    const fields = Object.keys(save.errors.fields) as (keyof typeof ONBOARDING_STEP)[];
    if (fields.length) setStep(Math.min(...fields.map((f) => ONBOARDING_STEP[f])));
  }, [save.errors]);

  const origin = window.location.origin;
  const body = useMemo(() => onboardingBody(form.values, ids, origin, BASE), [form.values, ids, origin]);

  const next = () => {
    const errors = validateOnboarding(form.values, step, say);
    form.setErrors(byForm(errors));
    if (Object.keys(errors).length === 0) setStep((s) => s + 1);
  };
  const create = () => void save.preview({ method: 'POST', path: paths.onboarding(), body, onDone: () => { setDone(true); setStep(4); } });
  const restart = () => {
    form.reset();
    form.setFieldValue('adminPassword', generatePassword());
    setIds(freshIds());
    setDone(false);
    setStep(0);
  };
  const link = organizationSignInLink(origin, BASE, ids.organizationId, ids.tenantId, ids.clientId);

  return (
    <Stack maw={760}>
      <Text size="sm" c="dimmed">{t('lead')}</Text>
      <GeneralErrors errors={save.errors} />
      <Stepper active={step} onStepClick={(s) => !done && s < step && setStep(s)} size="sm">
        <Stepper.Step label={t('stepOrganization')}>
          <Stack>
            <TextInput label={t('organizationName')} required data-autofocus {...form.getInputProps('organizationName')} />
            <Textarea label={t('organizationDescription')} autosize minRows={2} {...form.getInputProps('organizationDescription')} />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('stepTenant')}>
          <Stack>
            <Text size="sm" c="dimmed">{t('tenantLead')}</Text>
            <TextInput label={t('tenantName')} required {...form.getInputProps('tenantName')} />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('stepAdmin')}>
          <Stack>
            <TextInput label={t('adminName')} required {...form.getInputProps('adminName')} />
            <TextInput label={t('adminEmail')} type="email" required {...form.getInputProps('adminEmail')} />
            <Group align="flex-end" wrap="nowrap">
              <PasswordInput label={t('adminPassword')} description={t('passwordHint')} required style={{ flex: 1 }} {...form.getInputProps('adminPassword')} />
              <Button variant="default" onClick={() => form.setFieldValue('adminPassword', generatePassword())}>{t('generate')}</Button>
            </Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('stepReview')}>
          <Stack>
            <Text size="sm">{t('review')}</Text>
            <Table withTableBorder>
              <Table.Tbody>
                {[[t('organizationName'), form.values.organizationName], [t('tenantName'), form.values.tenantName], [t('adminName'), form.values.adminName],
                  [t('adminEmail'), form.values.adminEmail], [t('organizationId'), ids.organizationId], [t('tenantId'), ids.tenantId]].map(([k, v]) => (
                  <Table.Tr key={k}><Table.Th w="40%">{k}</Table.Th><Table.Td>{v}</Table.Td></Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </Stepper.Step>
        <Stepper.Completed>
          <Stack data-testid="onboarding-done">
            <Alert color="green" title={t('done')}>{t('doneLead')}</Alert>
            <Group wrap="nowrap">
              <Anchor href={link} style={{ wordBreak: 'break-all' }} data-testid="organization-sign-in-link">{link}</Anchor>
              <CopyButton value={link}>{({ copied, copy }) => <Button size="xs" variant="light" onClick={copy} style={{ flexShrink: 0 }}>{copied ? c('copied') : c('copy')}</Button>}</CopyButton>
            </Group>
            <Text size="sm">{t('organizationId')}: <Code data-testid="organization-id">{ids.organizationId}</Code></Text>
            <Text size="sm">{t('tenantId')}: <Code data-testid="organizer-tenant-id">{ids.tenantId}</Code></Text>
            <Text size="sm">{t('clientId')}: <Code>{ids.clientId}</Code></Text>
            <Group>
              <Button component={Link} to={tenantPath(ids.tenantId, 'settings')}>{t('openTenant')}</Button>
              <Button variant="default" onClick={restart}>{t('another')}</Button>
            </Group>
          </Stack>
        </Stepper.Completed>
      </Stepper>
      {!done && (
        <Group justify="space-between">
          <Button variant="default" disabled={step === 0} onClick={() => setStep((s) => s - 1)}>{c('back')}</Button>
          {step < 3 ? <Button onClick={next}>{c('next')}</Button> : <Button onClick={create} loading={save.busy}>{t('previewCreate')}</Button>}
        </Group>
      )}
      {save.dialog}
    </Stack>
  );
}

// Errors by API path as errors by form field.
const FIELD_OF: Record<keyof typeof ONBOARDING_STEP, keyof OnboardingForm> = {
  'organization.name': 'organizationName', 'organization.description': 'organizationDescription', 'tenant.name': 'tenantName',
  'user.name': 'adminName', 'user.email': 'adminEmail', 'user.raw_password': 'adminPassword',
};
function byForm(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([f, e]) => [FIELD_OF[f as keyof typeof ONBOARDING_STEP] ?? f, e]));
}
