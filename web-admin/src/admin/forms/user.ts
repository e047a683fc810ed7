// The user forms: profile members edited as a form (sent with PATCH, so the members the form does
// not show stay as they are), a new user with its initial password, and the search filter.
import type { Json } from '../api/management';
import type { Query } from '../api/client';
import { sayEnglish, type Say } from '../i18n/problems';

export const STATUSES = ['REGISTERED', 'IDENTITY_VERIFIED', 'IDENTITY_VERIFICATION_REQUIRED', 'LOCKED', 'DISABLED', 'SUSPENDED',
  'DEACTIVATED', 'INITIALIZED', 'FEDERATED', 'UNREGISTERED'] as const;
// Statuses in which the user cannot sign in.
export const INACTIVE = new Set(['LOCKED', 'DISABLED', 'SUSPENDED', 'DEACTIVATED', 'DELETED_PENDING', 'DELETED']);

export const PROFILE = ['name', 'email', 'email_verified', 'phone_number', 'phone_number_verified', 'given_name', 'family_name',
  'preferred_username', 'external_user_id', 'status'] as const;

export interface UserForm {
  name: string;
  email: string;
  email_verified: boolean;
  phone_number: string;
  phone_number_verified: boolean;
  given_name: string;
  family_name: string;
  preferred_username: string;
  external_user_id: string;
  status: string;
}

export const USER_FIELDS = [...PROFILE, 'raw_password', 'sub'] as const;

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function userFormOf(doc: Json): UserForm {
  return {
    name: str(doc.name),
    email: str(doc.email),
    email_verified: doc.email_verified === true,
    phone_number: str(doc.phone_number),
    phone_number_verified: doc.phone_number_verified === true,
    given_name: str(doc.given_name),
    family_name: str(doc.family_name),
    preferred_username: str(doc.preferred_username),
    external_user_id: str(doc.external_user_id),
    status: str(doc.status) || 'REGISTERED',
  };
}

// The members whose form value differs from the stored user's (empty text means "remove" only
// when the user had a value: it is sent as an empty string).
export function userPatch(form: UserForm, original: Json): Json {
  const before = userFormOf(original);
  const patch: Json = {};
  for (const k of PROFILE) {
    const v = typeof form[k] === 'string' ? (form[k] as string).trim() : form[k];
    if (v !== before[k]) patch[k] = v;
  }
  return patch;
}

export interface NewUserForm extends UserForm {
  sub: string;
  raw_password: string;
}

export function newUserForm(sub: string): NewUserForm {
  return { ...userFormOf({}), sub, raw_password: '', email_verified: true };
}

export function newUserBody(form: NewUserForm): Json {
  const body: Json = { sub: form.sub, provider_id: 'idp-server', raw_password: form.raw_password };
  for (const k of PROFILE) {
    const v = typeof form[k] === 'string' ? (form[k] as string).trim() : form[k];
    if (v !== '' && !(k === 'phone_number_verified' && v === false)) body[k] = v;
  }
  return body;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{4,20}$/;

export function validateUser(form: UserForm | NewUserForm, say: Say = sayEnglish): Record<string, string> {
  const errors: Record<string, string> = {};
  if (form.email.trim() && !EMAIL.test(form.email.trim())) errors.email = say('notEmail');
  if (form.phone_number.trim() && !PHONE.test(form.phone_number.trim())) errors.phone_number = say('notPhone');
  if (!form.email.trim() && !form.preferred_username.trim() && !form.external_user_id.trim() && !form.phone_number.trim())
    errors.email = say('signInIdentifierNeeded');
  if ('raw_password' in form && !form.raw_password) errors.raw_password = say('initialPasswordNeeded');
  return errors;
}

// The user list's filters: one exact-match member (the API's query parameters) and a role.
export const SEARCH_FIELDS = ['email', 'name', 'user_id', 'external_user_id', 'phone_number', 'preferred_username', 'status', 'role'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export function searchQuery(field: SearchField, value: string): Query {
  const v = value.trim();
  return v ? { [field]: v } : {};
}
