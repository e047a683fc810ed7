import { describe, expect, it } from 'vitest';
import { auditQuery, emptyAuditFilter, localToUtc, validateAuditFilter } from './auditFilters';

describe('audit log filters', () => {
  it('sends only what is set, local times as UTC', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo';
    try {
      expect(localToUtc('2026-11-22T09:30')).toBe('2026-11-22T00:30:00Z');
      expect(auditQuery(emptyAuditFilter)).toEqual({});
      expect(auditQuery({ ...emptyAuditFilter, type: ' client.update ', dry_run: 'true', from: '2026-11-22T09:30' }))
        .toEqual({ type: 'client.update', dry_run: 'true', from: '2026-11-22T00:30:00Z' });
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('refuses a period that ends before it starts', () => {
    expect(validateAuditFilter({ ...emptyAuditFilter, from: '2026-11-22T10:00', to: '2026-11-22T09:00' })).toEqual({ to: 'before the start' });
    expect(validateAuditFilter({ ...emptyAuditFilter, from: 'yesterday' })).toEqual({ from: 'not a date and time' });
  });
});
