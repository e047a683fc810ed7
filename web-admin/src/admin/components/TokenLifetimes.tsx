// The three token lifetimes of an authorization server or a client (members of `extension`, in
// seconds); refusals name them with or without the "extension." prefix.
import { Fieldset, NumberInput, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { LIFETIMES, type Lifetime } from '../forms/vocabulary';
import { defineMessages, useT } from '../i18n/i18n';


const m = defineMessages({
  en: { access_token_duration: 'Access token', id_token_duration: 'ID token', refresh_token_duration: 'Refresh token' },
  ja: { access_token_duration: 'アクセストークン', id_token_duration: 'ID トークン', refresh_token_duration: 'リフレッシュトークン' },
});

export function TokenLifetimes<F extends Record<Lifetime, number | ''>>({ form, legend }: { form: UseFormReturnType<F>; legend: string }) {
  const t = useT(m);
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {LIFETIMES.map((k) => (
          <NumberInput key={k} label={t(k)} min={1} allowDecimal={false} {...form.getInputProps(k)} error={form.errors[k] ?? form.errors[`extension.${k}`]} />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}
