// Where an administrator signs in: the ADMIN tenant (system-level management) or an organization's
// ORGANIZER tenant (management of that organization's tenants), each with the console's public
// client registered there.
export type SignInTarget =
  | { kind: 'system'; tenantId: string; clientId: string }
  | { kind: 'organization'; organizationId: string; tenantId: string; clientId: string };

// The console's settings written by the bootstrap and served as /admin/config.json.
export interface ConsoleConfig {
  admin_tenant_id: string;
  client_id: string;
}

export function parseConsoleConfig(value: unknown): ConsoleConfig | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.admin_tenant_id !== 'string' || typeof v.client_id !== 'string') return undefined;
  if (!v.admin_tenant_id || !v.client_id) return undefined;
  return { admin_tenant_id: v.admin_tenant_id, client_id: v.client_id };
}

export async function loadConsoleConfig(base: string): Promise<ConsoleConfig | undefined> {
  try {
    const r = await fetch(`${base}config.json`, { cache: 'no-store' });
    if (!r.ok) return undefined;
    return parseConsoleConfig(await r.json());
  } catch {
    return undefined;
  }
}

export function issuerOf(origin: string, target: SignInTarget): string {
  return `${origin}/${target.tenantId}`;
}

// The management API's path prefix for the target: system level or one organization.
export function managementBase(target: SignInTarget): string {
  return target.kind === 'system'
    ? '/v1/management'
    : `/v1/management/organizations/${encodeURIComponent(target.organizationId)}`;
}

// An organization sign-in named by the console's URL (?organization_id=&tenant_id=&client_id=),
// the link the onboarding wizard shows.
export function organizationTargetFrom(search: string): Partial<Record<'organizationId' | 'tenantId' | 'clientId', string>> {
  const q = new URLSearchParams(search);
  const out: Partial<Record<'organizationId' | 'tenantId' | 'clientId', string>> = {};
  const o = q.get('organization_id'), t = q.get('tenant_id'), c = q.get('client_id');
  if (o) out.organizationId = o;
  if (t) out.tenantId = t;
  if (c) out.clientId = c;
  return out;
}

export function organizationSignInLink(origin: string, base: string, organizationId: string, tenantId: string, clientId: string): string {
  const q = new URLSearchParams({ organization_id: organizationId, tenant_id: tenantId, client_id: clientId });
  return `${origin}${base}signin?${q}`;
}
