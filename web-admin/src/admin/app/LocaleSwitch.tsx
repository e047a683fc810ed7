// English / 日本語.
import { SegmentedControl } from '@mantine/core';
import { useLocale, type Locale } from '../i18n/i18n';

export function LocaleSwitch() {
  const { locale, setLocale } = useLocale();
  return (
    <SegmentedControl
      size="xs"
      aria-label="Language / 言語"
      value={locale}
      onChange={(v) => setLocale(v as Locale)}
      data={[{ value: 'en', label: 'English' }, { value: 'ja', label: '日本語' }]}
    />
  );
}
