import { describe, expect, it } from 'vitest';
import { refreshDelay } from './oidc';
import { issuerOf, managementBase, organizationSignInLink, organizationTargetFrom, parseConsoleConfig } from './target';

describe('sign-in targets', () => {
  const org = { kind: 'organization' as const, organizationId: 'o 1', tenantId: 't1', clientId: 'c1' };
  it('manage at system level or under the organization', () => {
    expect(managementBase({ kind: 'system', tenantId: 't', clientId: 'c' })).toBe('/v1/management');
    expect(managementBase(org)).toBe('/v1/management/organizations/o%201');
    expect(issuerOf('https://idp.test', org)).toBe('https://idp.test/t1');
  });

  it('round-trip through the organization sign-in link', () => {
    const link = organizationSignInLink('https://idp.test', '/admin/', 'o1', 't1', 'c1');
    expect(link).toBe('https://idp.test/admin/signin?organization_id=o1&tenant_id=t1&client_id=c1');
    expect(organizationTargetFrom(new URL(link).search)).toEqual({ organizationId: 'o1', tenantId: 't1', clientId: 'c1' });
  });

  it('read the console settings only when complete', () => {
    expect(parseConsoleConfig({ admin_tenant_id: 't', client_id: 'c' })).toEqual({ admin_tenant_id: 't', client_id: 'c' });
    expect(parseConsoleConfig({ admin_tenant_id: 't' })).toBeUndefined();
    expect(parseConsoleConfig('x')).toBeUndefined();
  });
});

describe('token refresh', () => {
  it('happens a minute before expiry, or at 80 % of a short lifetime', () => {
    expect(refreshDelay(3_600_000, 0)).toBe(3_540_000);
    expect(refreshDelay(100_000, 0)).toBe(80_000);
    expect(refreshDelay(0, 10)).toBe(0);
  });
});
