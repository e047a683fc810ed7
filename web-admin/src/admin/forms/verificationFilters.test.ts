import { describe, expect, it } from 'vitest';
import { listQuery } from '../api/management';
import {
  APPLICATION_FILTERS,
  RESULT_FILTERS,
  emptyFilters,
  filterProblems,
  filtersOf,
  pageOf,
  searchOf,
  verificationQuery,
} from './verificationFilters';

const USER = '3ec055a8-8000-44a2-8677-e70ebff414e2';

describe('filters in the console URL', () => {
  it('reads the known filters and ignores others', () => {
    const f = filtersOf(new URLSearchParams(`user_id=${USER}&status=approved&foo=1&page=3`), APPLICATION_FILTERS);
    expect(f).toEqual({ ...emptyFilters(APPLICATION_FILTERS), user_id: USER, status: 'approved' });
    expect(pageOf(new URLSearchParams('page=3'))).toBe(3);
  });

  it('reads a missing or bad page as the first', () => {
    for (const s of ['', 'page=0', 'page=-2', 'page=x', 'page=1.5']) expect(pageOf(new URLSearchParams(s))).toBe(1);
  });

  it('writes only the filters set, and the page after the first', () => {
    const f = { ...emptyFilters(RESULT_FILTERS), type: ' ekyc ', source: 'direct' };
    expect(searchOf(f).toString()).toBe('type=ekyc&source=direct');
    expect(searchOf(f, 2).toString()).toBe('type=ekyc&source=direct&page=2');
    expect(filtersOf(searchOf(f, 2), RESULT_FILTERS)).toEqual({ ...f, type: 'ekyc' });
  });
});

describe('filter problems', () => {
  it('accepts empty and well-formed filters', () => {
    expect(filterProblems(emptyFilters(APPLICATION_FILTERS), APPLICATION_FILTERS)).toEqual({});
    expect(filterProblems({ user_id: USER, status: 'examination_processing', from: '2024-02-29', to: '2024-02-29' }, APPLICATION_FILTERS)).toEqual({});
  });

  it('refuses what the server refuses: ids that are not UUIDs, unknown statuses and sources, bad dates', () => {
    expect(filterProblems({ user_id: 'alice', id: '12', status: 'done', from: '2023-02-29', to: '31/01/2024' }, APPLICATION_FILTERS)).toEqual({
      user_id: 'must be a UUID',
      id: 'must be a UUID',
      status: 'must be one of requested, applying, applied, examination_processing, approved, rejected, expired, cancelled',
      from: 'must be a date (YYYY-MM-DD)',
      to: 'must be a date (YYYY-MM-DD)',
    });
    expect(filterProblems({ application_id: 'x', source: 'manual' }, RESULT_FILTERS)).toEqual({
      application_id: 'must be a UUID',
      source: 'must be one of application, direct',
    });
  });

  it('refuses a period that ends before it starts', () => {
    expect(filterProblems({ from: '2024-03-02', to: '2024-03-01' }, RESULT_FILTERS)).toEqual({ to: 'must not be before the start date' });
  });
});

describe('the management API query', () => {
  it('sends the set filters and the application period as from/to', () => {
    const f = { ...emptyFilters(APPLICATION_FILTERS), user_id: USER, type: 'ekyc', status: 'applied', from: '2024-01-01', to: '2024-01-31' };
    expect(verificationQuery(f, APPLICATION_FILTERS)).toEqual({
      user_id: USER,
      type: 'ekyc',
      status: 'applied',
      from: '2024-01-01T00:00:00Z',
      to: '2024-02-01T00:00:00Z',
    });
  });

  it('sends the result period as verified_at_from/verified_at_to, the last day included', () => {
    expect(verificationQuery({ from: '2024-12-31', to: '2024-12-31', source: 'application' }, RESULT_FILTERS)).toEqual({
      source: 'application',
      verified_at_from: '2024-12-31T00:00:00Z',
      verified_at_to: '2025-01-01T00:00:00Z',
    });
    expect(verificationQuery({ to: '2024-02-28' }, RESULT_FILTERS)).toEqual({ verified_at_to: '2024-02-29T00:00:00Z' });
  });

  it('sends nothing for empty filters, and pages with limit/offset', () => {
    expect(verificationQuery(emptyFilters(RESULT_FILTERS), RESULT_FILTERS)).toEqual({});
    expect(listQuery(3, 20, verificationQuery({ type: 'ekyc' }, RESULT_FILTERS))).toEqual({ type: 'ekyc', limit: 20, offset: 40 });
  });
});
