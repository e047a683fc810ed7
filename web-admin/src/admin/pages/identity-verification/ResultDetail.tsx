// One identity-verification result: its main fields, the verified claims and the whole document.
import { Anchor, Code, Stack, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { paths, type Json } from '../../api/management';
import { tenantPath } from '../../app/features';
import { useApi } from '../../auth/session';
import { Loaded } from '../../components/PageState';
import { useLoad } from '../../components/useLoad';
import { useT } from '../../i18n/i18n';
import { BackToList, Fields, JsonBlock, text } from './DetailParts';
import { m } from './messages';

const RESOURCE = 'identity-verification-results';

export function ResultDetail() {
  const { tenantId = '', id = '' } = useParams();
  const api = useApi();
  const load = useLoad(() => api.get<Json>(paths.document(tenantId, RESOURCE, id)), [api, tenantId, id]);
  return (
    <Stack maw={1000}>
      <BackToList tenantId={tenantId} resource={RESOURCE} />
      <Loaded load={load}>{(r) => <Result tenantId={tenantId} result={r} />}</Loaded>
    </Stack>
  );
}

function Result({ tenantId, result: r }: { tenantId: string; result: Json }) {
  const t = useT(m);
  const userId = typeof r.user_id === 'string' ? r.user_id : '';
  const applicationId = typeof r.application_id === 'string' ? r.application_id : '';
  return (
    <>
      <Title order={2} style={{ overflowWrap: 'anywhere' }}>{t('resultTitle', { id: String(r.id) })}</Title>
      <Fields
        items={[
          [t('type'), text(r.type)],
          [t('source'), text(r.source)],
          [t('user_id'), userId ? (
            <>
              <Code>{userId}</Code>{' '}
              <Anchor component={Link} to={`${tenantPath(tenantId, RESOURCE)}?user_id=${encodeURIComponent(userId)}`} size="sm">{t('userResults')}</Anchor>
            </>
          ) : '—'],
          [t('application_id'), applicationId ? (
            <Anchor component={Link} to={tenantPath(tenantId, `identity-verification-applications/${encodeURIComponent(applicationId)}`)} size="sm">
              <Code>{applicationId}</Code>
            </Anchor>
          ) : '—'],
          [t('verified_at'), text(r.verified_at)],
          [t('verified_until'), text(r.verified_until)],
          [t('id'), <Code>{String(r.id)}</Code>],
        ]}
      />
      <JsonBlock label={t('verifiedClaims')} value={r.verified_claims} />
      <JsonBlock label={t('wholeDocument')} value={r} />
    </>
  );
}
