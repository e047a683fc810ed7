// The role and permission forms: a role's name, description and permission ids; a permission's
// name and description. The server reads only these members, so bodies are built from the form.
import type { Json } from '../api/management';
import { sayEnglish, type Say } from '../i18n/problems';

export interface RoleForm {
  name: string;
  description: string;
  permissions: string[];  // permission ids
}

export interface PermissionForm {
  name: string;
  description: string;
}

export interface PermissionRef {
  id: string;
  name: string;
  description: string;
}

// Fields server refusals may name ("role.name: …", "permissions[0] is not …").
export const ROLE_FIELDS = ['name', 'description', 'permissions'] as const;
export const PERMISSION_FIELDS = ['name', 'description'] as const;

const str = (v: unknown) => (typeof v === 'string' ? v : '');

// A role's permissions as the server lists them ({id, name, description}; ids alone are read too).
export function permissionsOf(doc: Json): PermissionRef[] {
  if (!Array.isArray(doc.permissions)) return [];
  return doc.permissions.flatMap((p): PermissionRef[] => {
    if (typeof p === 'string') return [{ id: p, name: p, description: '' }];
    if (p && typeof p === 'object' && typeof (p as Json).id === 'string') {
      const o = p as Json;
      return [{ id: str(o.id), name: str(o.name) || str(o.id), description: str(o.description) }];
    }
    return [];
  });
}

export function newRoleForm(): RoleForm {
  return { name: '', description: '', permissions: [] };
}

export function roleFormOf(doc: Json): RoleForm {
  return { name: str(doc.name), description: str(doc.description), permissions: permissionsOf(doc).map((p) => p.id) };
}

export function roleBody(form: RoleForm): Json {
  const body: Json = { name: form.name.trim(), permissions: [...new Set(form.permissions)] };
  if (form.description.trim()) body.description = form.description.trim();
  return body;
}

export function permissionFormOf(doc: Json): PermissionForm {
  return { name: str(doc.name), description: str(doc.description) };
}

export function permissionBody(form: PermissionForm): Json {
  const body: Json = { name: form.name.trim() };
  if (form.description.trim()) body.description = form.description.trim();
  return body;
}

function nameProblems(form: { name: string; description: string }, say: Say): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = form.name.trim();
  if (!name) errors.name = say('required');
  else if (name.length > 255) errors.name = say('atMost255');
  if (form.description.trim().length > 255) errors.description = say('atMost255');
  return errors;
}

export function validateRole(form: RoleForm, known?: readonly PermissionRef[], say: Say = sayEnglish): Record<string, string> {
  const errors = nameProblems(form, say);
  if (known) {
    const ids = new Set(known.map((p) => p.id));
    const unknown = form.permissions.filter((id) => !ids.has(id));
    if (unknown.length) errors.permissions = say('notTenantPermission', { list: unknown.join(', ') });
  }
  return errors;
}

export function validatePermission(form: PermissionForm, say: Say = sayEnglish): Record<string, string> {
  return nameProblems(form, say);
}

// The body of PUT /roles/{id}/permissions:remove.
export function removalBody(ids: readonly string[]): Json {
  return { permissions: [...new Set(ids)] };
}

// The choices of the permission picker: every permission of the tenant, plus any the role holds
// that the list did not return (so a held permission is never dropped silently).
export function permissionChoices(all: readonly PermissionRef[], held: readonly PermissionRef[] = []): { value: string; label: string }[] {
  const seen = new Set<string>();
  const out: { value: string; label: string }[] = [];
  for (const p of [...all, ...held]) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    out.push({ value: p.id, label: p.name });
  }
  return out.sort((a, b) => a.label.localeCompare(b.label));
}
