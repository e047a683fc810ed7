import { describe, expect, it } from 'vitest';
import { auditQuery, emptyAuditFilter, localToUtc, validateAuditFilter } from './auditFilters';

describe('audit log filters', () => {
  it('sends only what is set, times in UTC', () => {
    process.env.TZ = 'UTC';
    expect(auditQuery(emptyAuditFilter)).toEqual({});
    expect(auditQuery({ ...emptyAuditFilter, type: ' client.update ', dry_run: 'true', from: '2026-11-22T09:30' }))
      .toEqual({ type: 'client.update', dry_run: 'true', from: localToUtc('2026-11-22T09:30') });
    expect(localToUtc('2026-11-22T09:30')).toMatch(/^2026-11-2\dT\d\d:30:00Z$/);
  });

  it('refuses a period that ends before it starts', () => {
    expect(validateAuditFilter({ ...emptyAuditFilter, from: '2026-11-22T10:00', to: '2026-11-22T09:00' })).toEqual({ to: 'before the start' });
    expect(validateAuditFilter({ ...emptyAuditFilter, from: 'yesterday' })).toEqual({ from: 'not a date and time' });
  });
});
