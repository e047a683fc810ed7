// The signing keys of the authorization server: the published keys (public members only) and the
// keys generated here, with "Add a new signing key", "Use for signing" and "Retire".
import { Alert, Badge, Button, Code, Fieldset, Group, Menu, ScrollArea, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { addKey, generateSigningKey, keysChanged, keyView, KEY_ALGS, kidOf, retireKey, type KeyAlg, type KeySet, type RetireRefusal, type ServerForm } from '../../forms/authorizationServer';
import { common } from '../../i18n/common';
import { useT } from '../../i18n/i18n';
import { m } from './messages';

export interface SigningKeysProps {
  keys: KeySet;
  ids: Pick<ServerForm, 'token_signed_key_id' | 'id_token_signed_key_id'>;
  jwksUri: string;
  error?: string;
  onChange: (keys: KeySet) => void;
  onSign: (kid: string, what: 'access' | 'id' | 'both') => void;
}

export function SigningKeys({ keys, ids, jwksUri, error, onChange, onSign }: SigningKeysProps) {
  const t = useT(m);
  const c = useT(common);
  const [alg, setAlg] = useState<KeyAlg>('ES256');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();
  const changed = keysChanged(keys);

  const add = async () => {
    setBusy(true);
    setNotice(undefined);
    try {
      onChange(addKey(keys, await generateSigningKey(alg)));
    } catch (e) {
      setNotice(t('generateFailed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const refusalText = (r: RetireRefusal) =>
    r === 'signs-access-tokens' ? t('refusedSigning', { what: t('forAccess') })
      : r === 'signs-id-tokens' ? t('refusedSigning', { what: t('forId') })
        : r === 'last-key' ? t('refusedLast') : c('notFound');

  const retire = (kid: string) => {
    const r = retireKey(keys, kid, ids);
    if (r.refusal) setNotice(refusalText(r.refusal));
    else if (r.set) {
      setNotice(undefined);
      onChange(r.set);
    }
  };

  return (
    <Fieldset legend={t('keysTitle')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{t('keysLead', { uri: jwksUri })}</Text>
        {!keys.known && <Alert color="orange">{t('keysUnknown')}</Alert>}
        {changed && <Alert color="yellow" title={t('changedTitle')}>{t('changedLead')}</Alert>}
        {notice && <Alert color="red" role="alert" withCloseButton onClose={() => setNotice(undefined)}>{notice}</Alert>}
        {error && <Alert color="red" role="alert">{error}</Alert>}
        {keys.known && keys.keys.length === 0 && <Text size="sm" c="dimmed">{t('noKeys')}</Text>}
        {keys.keys.length > 0 && (
          <ScrollArea type="auto">
            <Table striped aria-label={t('keysTitle')} miw={640}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('kid')}</Table.Th>
                  <Table.Th>{t('kty')}</Table.Th>
                  <Table.Th>{t('alg')}</Table.Th>
                  <Table.Th>{t('use')}</Table.Th>
                  <Table.Th>{t('signs')}</Table.Th>
                  <Table.Th>{c('actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {keys.keys.map((k) => {
                  const v = keyView(k);
                  const signable = v.use !== 'enc' && v.kty !== 'oct';
                  return (
                    <Table.Tr key={kidOf(k)} data-kid={v.kid}>
                      <Table.Td>
                        <Code>{v.kid || '—'}</Code>
                        {v.held && <Badge ml="xs" size="xs" color="yellow" variant="light">{t('newKey')}</Badge>}
                      </Table.Td>
                      <Table.Td>{v.kty}{v.crv ? ` ${v.crv}` : ''}{v.bits ? ` ${v.bits}` : ''}</Table.Td>
                      <Table.Td>{v.alg || '—'}</Table.Td>
                      <Table.Td>{v.use || '—'}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {ids.token_signed_key_id === v.kid && <Badge size="sm" variant="light">{t('forAccess')}</Badge>}
                          {ids.id_token_signed_key_id === v.kid && <Badge size="sm" variant="light" color="grape">{t('forId')}</Badge>}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          {signable && (
                            <Menu position="bottom-end" withinPortal>
                              <Menu.Target>
                                <Button size="compact-sm" variant="light">{t('useForSigning')}</Button>
                              </Menu.Target>
                              <Menu.Dropdown>
                                <Menu.Item onClick={() => onSign(v.kid, 'access')}>{t('forAccess')}</Menu.Item>
                                <Menu.Item onClick={() => onSign(v.kid, 'id')}>{t('forId')}</Menu.Item>
                                <Menu.Item onClick={() => onSign(v.kid, 'both')}>{t('forBoth')}</Menu.Item>
                              </Menu.Dropdown>
                            </Menu>
                          )}
                          <Button size="compact-sm" variant="subtle" color="red" onClick={() => retire(v.kid)} disabled={!keys.known}>{t('retire')}</Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
        <Group align="flex-end" wrap="wrap">
          <Select label={t('keyAlg')} data={[...KEY_ALGS]} value={alg} onChange={(v) => v && setAlg(v as KeyAlg)} allowDeselect={false} w={200} />
          <Button variant="light" onClick={() => void add()} loading={busy} disabled={!keys.known}>{t('addKey')}</Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
