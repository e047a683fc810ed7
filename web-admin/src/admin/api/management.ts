// The management API's resources under one managed tenant, as paths for ApiClient, and the
// paging query of its lists.
import type { Query } from './client';

export type Json = Record<string, unknown>;

const enc = encodeURIComponent;

export const paths = {
  tenants: () => '/tenants',
  tenant: (t: string) => `/tenants/${enc(t)}`,
  authorizationServer: (t: string) => `/tenants/${enc(t)}/authorization-server`,
  clients: (t: string) => `/tenants/${enc(t)}/clients`,
  client: (t: string, id: string) => `/tenants/${enc(t)}/clients/${enc(id)}`,
  users: (t: string) => `/tenants/${enc(t)}/users`,
  user: (t: string, id: string) => `/tenants/${enc(t)}/users/${enc(id)}`,
  userPassword: (t: string, id: string) => `/tenants/${enc(t)}/users/${enc(id)}/password`,
  userRoles: (t: string, id: string) => `/tenants/${enc(t)}/users/${enc(id)}/roles`,
  userSessions: (t: string, id: string) => `/tenants/${enc(t)}/users/${enc(id)}/sessions`,
  userSession: (t: string, id: string, s: string) => `/tenants/${enc(t)}/users/${enc(id)}/sessions/${enc(s)}`,
  roles: (t: string) => `/tenants/${enc(t)}/roles`,
  role: (t: string, id: string) => `/tenants/${enc(t)}/roles/${enc(id)}`,
  permissions: (t: string) => `/tenants/${enc(t)}/permissions`,
  permission: (t: string, id: string) => `/tenants/${enc(t)}/permissions/${enc(id)}`,
  auditLogs: (t: string) => `/tenants/${enc(t)}/audit-logs`,
  auditLog: (t: string, id: string) => `/tenants/${enc(t)}/audit-logs/${enc(id)}`,
  documents: (t: string, kind: string) => `/tenants/${enc(t)}/${kind}`,
  document: (t: string, kind: string, id: string) => `/tenants/${enc(t)}/${kind}/${enc(id)}`,
  onboarding: () => '/onboarding',
  organization: (o: string) => `/orgs/${enc(o)}`,
};

export function listQuery(page: number, pageSize: number, filters: Query = {}): Query {
  return { ...filters, limit: pageSize, offset: (page - 1) * pageSize };
}

