// One identity-verification result: its main fields, the verified claims and the whole document.
import { Anchor, Code, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Json } from '../../api/management';
import { tenantPath } from '../../app/features';
import { useT } from '../../i18n/i18n';
import { DocumentPage, Fields, JsonBlock, UserLink, text } from './DetailParts';
import { m } from './messages';

const RESOURCE = 'identity-verification-results';

export function ResultDetail() {
  return <DocumentPage resource={RESOURCE}>{(tenantId, doc) => <Result tenantId={tenantId} result={doc} />}</DocumentPage>;
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
          [t('user_id'), <UserLink tenantId={tenantId} resource={RESOURCE} userId={userId} label="userResults" />],
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
