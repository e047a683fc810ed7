// The application and result lists: their columns and filters.
import { Badge, Code } from '@mantine/core';
import type { Json } from '../../api/management';
import { APPLICATION_FILTERS, RESULT_FILTERS } from '../../forms/verificationFilters';
import { useT } from '../../i18n/i18n';
import { text } from './DetailParts';
import { m } from './messages';
import { VerificationList } from './VerificationList';

const STATUS_COLORS: Record<string, string> = { approved: 'green', rejected: 'red', cancelled: 'gray', expired: 'gray' };

export function StatusBadge({ status }: { status: unknown }) {
  return <Badge variant="light" color={STATUS_COLORS[String(status)] ?? 'blue'}>{text(status)}</Badge>;
}

export function ApplicationList() {
  const t = useT(m);
  return (
    <VerificationList
      resource="identity-verification-applications"
      title={t('applications')}
      set={APPLICATION_FILTERS}
      anyChoice={t('anyStatus')}
      columns={[
        { key: 'type', title: t('type'), render: (a: Json) => text(a.type) },
        { key: 'status', title: t('status'), render: (a: Json) => <StatusBadge status={a.status} /> },
        { key: 'user', title: t('user_id'), render: (a: Json) => <Code>{text(a.user_id)}</Code> },
        { key: 'requested', title: t('requested_at'), render: (a: Json) => text(a.requested_at) },
        { key: 'id', title: t('id'), render: (a: Json) => <Code>{text(a.id)}</Code> },
      ]}
    />
  );
}

export function ResultList() {
  const t = useT(m);
  return (
    <VerificationList
      resource="identity-verification-results"
      title={t('results')}
      set={RESULT_FILTERS}
      anyChoice={t('anySource')}
      columns={[
        { key: 'type', title: t('type'), render: (r: Json) => text(r.type) },
        { key: 'source', title: t('source'), render: (r: Json) => text(r.source) },
        { key: 'user', title: t('user_id'), render: (r: Json) => <Code>{text(r.user_id)}</Code> },
        { key: 'verified', title: t('verified_at'), render: (r: Json) => text(r.verified_at) },
        { key: 'id', title: t('id'), render: (r: Json) => <Code>{text(r.id)}</Code> },
      ]}
    />
  );
}
