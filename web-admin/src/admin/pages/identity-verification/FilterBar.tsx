// The filters above a verification list: applied with the button (or Enter), cleared at once;
// values the server would refuse are marked at their field and not sent.
import { Button, Collapse, Fieldset, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { emptyFilters, filterProblems, type FilterSet, type Filters } from '../../forms/verificationFilters';
import { common } from '../../i18n/common';
import { useT } from '../../i18n/i18n';
import { m } from './messages';
import { useSay } from '../../i18n/problems';

export function FilterBar({ set, value, onApply, anyChoice }: { set: FilterSet; value: Filters; onApply: (f: Filters) => void; anyChoice: string }) {
  const t = useT(m);
  const c = useT(common);
  const say = useSay();
  const [draft, setDraft] = useState<Filters>(value);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const apply = () => {
    const p = filterProblems(draft, set, say);
    setProblems(p);
    if (Object.keys(p).length === 0) onApply(draft);
  };
  const clear = () => {
    const empty = emptyFilters(set);
    setDraft(empty);
    setProblems({});
    onApply(empty);
  };
  const set1 = (k: string, v: string) => setDraft((d) => ({ ...d, [k]: v }));
  // On a phone the filters fold away behind a button that counts the ones in use.
  const wide = useMediaQuery('(min-width: 48em)', true);
  const [unfolded, setUnfolded] = useState(false);
  const inUse = Object.values(value).filter(Boolean).length;
  const fields = (
    <form onSubmit={(e) => { e.preventDefault(); apply(); }}>
      <Fieldset legend={t('filterTitle')} mb="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          {Object.entries(set.fields).map(([k, kind]) => {
            const label = t(k as keyof typeof m.en);
            if (kind === 'choice')
              return (
                <Select key={k} label={label} placeholder={anyChoice} data={[...(set.choices[k] ?? [])]} value={draft[k] || null}
                  onChange={(v) => set1(k, v ?? '')} clearable error={problems[k]} />
              );
            return (
              <TextInput key={k} label={label} type={kind === 'date' ? 'date' : 'text'} value={draft[k] ?? ''} spellCheck={false}
                onChange={(e) => set1(k, e.currentTarget.value)} error={problems[k]} />
            );
          })}
        </SimpleGrid>
        <Group mt="md" gap="sm">
          <Button type="submit">{c('filter')}</Button>
          <Button variant="default" onClick={clear}>{c('clear')}</Button>
        </Group>
      </Fieldset>
    </form>
  );
  if (wide) return fields;
  return (
    <>
      <Button variant="light" mb="sm" onClick={() => setUnfolded((o) => !o)} aria-expanded={unfolded}>
        {t('filterTitle')}{inUse ? ` (${inUse})` : ''}
      </Button>
      <Collapse expanded={unfolded}>{fields}</Collapse>
    </>
  );
}
