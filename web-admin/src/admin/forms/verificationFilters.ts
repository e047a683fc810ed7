// The filters of the identity-verification application and result lists: read from and written
// to the console's URL (so a list keeps its filters when an entry is opened and closed), checked
// as the server checks them, and turned into the management API's query.
import type { Query } from '../api/client';
import { sayEnglish, type Say } from '../i18n/problems';

export type FilterKind = 'uuid' | 'text' | 'choice' | 'date';

export interface FilterSet {
  fields: Readonly<Record<string, FilterKind>>;
  choices: Readonly<Record<string, readonly string[]>>;
  period: { from: string; to: string };  // the query names of the date filters "from" and "to"
}

// The statuses of an application, as the server stores them.
export const APPLICATION_STATUSES = ['requested', 'applying', 'applied', 'examination_processing', 'approved', 'rejected', 'expired', 'cancelled'] as const;
// Where a result comes from: an approved application, or a direct registration.
export const RESULT_SOURCES = ['application', 'direct'] as const;

export const APPLICATION_FILTERS: FilterSet = {
  fields: { user_id: 'uuid', type: 'text', status: 'choice', client_id: 'text', external_application_id: 'text', id: 'uuid', from: 'date', to: 'date' },
  choices: { status: APPLICATION_STATUSES },
  period: { from: 'from', to: 'to' },
};

export const RESULT_FILTERS: FilterSet = {
  fields: { user_id: 'uuid', type: 'text', source: 'choice', application_id: 'uuid', id: 'uuid', from: 'date', to: 'date' },
  choices: { source: RESULT_SOURCES },
  period: { from: 'verified_at_from', to: 'verified_at_to' },
};

export type Filters = Record<string, string>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function emptyFilters(set: FilterSet): Filters {
  return Object.fromEntries(Object.keys(set.fields).map((k) => [k, '']));
}

// The filters named in the console's URL (unknown parameters are ignored).
export function filtersOf(search: URLSearchParams, set: FilterSet): Filters {
  const out = emptyFilters(set);
  for (const k of Object.keys(set.fields)) out[k] = (search.get(k) ?? '').trim();
  return out;
}

export function pageOf(search: URLSearchParams): number {
  const n = Number(search.get('page'));
  return Number.isInteger(n) && n > 1 ? n : 1;
}

// The console's URL parameters of the filters and page (empty filters and page 1 left out).
export function searchOf(filters: Filters, page = 1): URLSearchParams {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v.trim()) s.set(k, v.trim());
  if (page > 1) s.set('page', String(page));
  return s;
}

function validDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

// Problems the server would refuse: field → message.
export function filterProblems(filters: Filters, set: FilterSet, say: Say = sayEnglish): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [k, kind] of Object.entries(set.fields)) {
    const v = (filters[k] ?? '').trim();
    if (!v) continue;
    if (kind === 'uuid' && !UUID.test(v)) problems[k] = say('mustBeUuid');
    if (kind === 'date' && !validDate(v)) problems[k] = say('notDate');
    if (kind === 'choice' && !set.choices[k]?.includes(v)) problems[k] = say('oneOf', { list: set.choices[k]?.join(', ') ?? '' });
  }
  const { from, to } = filters;
  if (from && to && !problems.from && !problems.to && from > to) problems.to = say('beforeStartDate');
  return problems;
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

// The management API's query: the non-empty filters, and the dates as UTC date-times from the
// start of the first day to the start of the day after the last (the server's bounds include both
// ends, so an entry at exactly midnight after the last day is included too).
export function verificationQuery(filters: Filters, set: FilterSet): Query {
  const q: Query = {};
  for (const [k, kind] of Object.entries(set.fields)) {
    const v = (filters[k] ?? '').trim();
    if (!v || kind === 'date') continue;
    q[k] = v;
  }
  if (filters.from?.trim()) q[set.period.from] = `${filters.from.trim()}T00:00:00Z`;
  if (filters.to?.trim()) q[set.period.to] = `${nextDay(filters.to.trim())}T00:00:00Z`;
  return q;
}
