// One section of the tenant settings as a form. Save sends the whole stored document with this
// section's members replaced, previewed first (dry run); refusals land next to their fields, or
// above the form when they name a member the form does not show.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useEffect, useMemo, type ReactNode } from 'react';
import { resultOf } from '../../api/client';
import { paths, type Json } from '../../api/management';
import { GeneralErrors, useFormSave } from '../../components/useSave';
import { sectionFields, sectionForm, sectionRoots, validateSection, withSection, type Problems, type Section, type SectionForms } from '../../forms/tenant';
import { useT } from '../../i18n/i18n';
import { m, type MessageKey } from './messages';

// Server paths start with "tenant." in the field reader's messages, not in the schema's.
const PREFIXES = ['tenant.'];

export function useProblemText() {
  const t = useT(m);
  return (problems: Problems): Record<string, string> =>
    Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, t(`problem_${p.code}` as MessageKey, p.vars)]));
}

interface SectionFormProps<S extends Section> {
  section: S;
  tenantId: string;
  stored: Json;
  onSaved: (doc: Json) => void;
  onDirty: (section: Section, dirty: boolean) => void;
  children: (form: UseFormReturnType<SectionForms[S]>) => ReactNode;
}

export function SectionForm<S extends Section>({ section, tenantId, stored, onSaved, onDirty, children }: SectionFormProps<S>) {
  const t = useT(m);
  const problemText = useProblemText();
  const fields = useMemo(() => sectionFields(section), [section]);
  const form = useForm<SectionForms[S]>({
    initialValues: sectionForm(stored, section),
    validate: (values) => problemText(validateSection(section, values)),
  });
  const save = useFormSave(form, { fields, prefixes: PREFIXES });
  const dirty = form.isDirty();
  useEffect(() => onDirty(section, dirty), [section, dirty, onDirty]);

  const reset = (doc: Json) => {
    const values = sectionForm(doc, section);
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
  };

  const submit = () => {
    if (form.validate().hasErrors) return;
    void save.preview<Json>({
      method: 'PUT',
      path: paths.tenant(tenantId),
      body: withSection(stored, section, form.values),
      before: stored,
      onDone: (answer) => {
        const doc = resultOf<Json>(answer) ?? stored;
        reset(doc);
        onSaved(doc);
      },
    });
  };

  // Refusals that name the section's objects rather than a field of the form.
  const roots = sectionRoots(section).map((r) => save.errors.fields[r]).filter(Boolean);
  return (
    <form onSubmit={(e) => { e.preventDefault(); submit(); }} data-section={section}>
      <Stack>
        <GeneralErrors errors={save.errors} />
        {roots.length > 0 && (
          <Alert color="red" role="alert" title={t('sectionRefused')}>
            {roots.map((r) => <Text size="sm" key={r} style={{ whiteSpace: 'pre-line' }}>{r}</Text>)}
          </Alert>
        )}
        {children(form)}
        <Group>
          <Button type="submit" loading={save.busy}>{t('saveSection', { section: t(section) })}</Button>
          {dirty && <Button variant="default" onClick={() => reset(stored)}>{t('discard')}</Button>}
        </Group>
      </Stack>
      {save.dialog}
    </form>
  );
}
