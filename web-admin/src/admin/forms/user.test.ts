import { describe, expect, it } from 'vitest';
import { newUserBody, newUserForm, searchQuery, userFormOf, userPatch, validateUser } from './user';

const stored = { sub: 'u1', name: 'Ada', email: 'ada@example.test', email_verified: true, status: 'REGISTERED', roles: [{ role_id: 'r', role_name: 'Administrator' }], custom_properties: { tier: 'gold' } };

describe('user forms', () => {
  it('patches only the members that changed', () => {
    expect(userPatch(userFormOf(stored), stored)).toEqual({});
    expect(userPatch({ ...userFormOf(stored), name: ' Ada L. ', status: 'LOCKED' }, stored)).toEqual({ name: 'Ada L.', status: 'LOCKED' });
  });

  it('creates a user with its initial password and the members filled in', () => {
    const body = newUserBody({ ...newUserForm('s1'), email: 'new@example.test', raw_password: 'pw' });
    expect(body).toEqual({ sub: 's1', provider_id: 'idp-server', raw_password: 'pw', email: 'new@example.test', email_verified: true, status: 'REGISTERED' });
  });

  it('needs a way to sign in and a password for a new user', () => {
    expect(Object.keys(validateUser(newUserForm('s1'))).sort()).toEqual(['email', 'raw_password']);
    expect(validateUser({ ...userFormOf(stored), email: 'no-at', phone_number: 'call me' })).toEqual({ email: 'not an email address', phone_number: 'not a phone number' });
  });

  it('searches one member exactly', () => {
    expect(searchQuery('email', ' ada@example.test ')).toEqual({ email: 'ada@example.test' });
    expect(searchQuery('role', '')).toEqual({});
  });
});
