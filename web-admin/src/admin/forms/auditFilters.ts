// The audit log's filters as the management API's query: type, outcome, user, client, dry runs,
// and a period given in the browser's local time (sent as UTC, RFC 3339).
import type { Query } from '../api/client';
import { sayEnglish, type Say } from '../i18n/problems';

export interface AuditFilter {
  type: string;
  outcome_result: '' | 'success' | 'failure';
  user_id: string;
  client_id: string;
  dry_run: '' | 'true' | 'false';
  from: string;  // datetime-local text, "" for none
  to: string;
}

export const emptyAuditFilter: AuditFilter = { type: '', outcome_result: '', user_id: '', client_id: '', dry_run: '', from: '', to: '' };

// "2026-11-22T09:30" in local time → "2026-11-22T00:30:00Z" (for a UTC+9 browser).
export function localToUtc(local: string): string | undefined {
  if (!local) return undefined;
  const d = new Date(local);
  if (Number.isNaN(d.getTime())) return undefined;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function auditQuery(f: AuditFilter): Query {
  const q: Query = {};
  for (const k of ['type', 'outcome_result', 'user_id', 'client_id', 'dry_run'] as const) if (f[k].trim()) q[k] = f[k].trim();
  const from = localToUtc(f.from), to = localToUtc(f.to);
  if (from) q.from = from;
  if (to) q.to = to;
  return q;
}

export function validateAuditFilter(f: AuditFilter, say: Say = sayEnglish): Record<string, string> {
  const errors: Record<string, string> = {};
  if (f.from && !localToUtc(f.from)) errors.from = say('notDateTime');
  if (f.to && !localToUtc(f.to)) errors.to = say('notDateTime');
  const from = localToUtc(f.from), to = localToUtc(f.to);
  if (from && to && from > to) errors.to = say('beforeStart');
  return errors;
}
