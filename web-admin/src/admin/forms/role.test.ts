import { describe, expect, it } from 'vitest';
import { permissionBody, permissionChoices, permissionFormOf, permissionsOf, removalBody, roleBody, roleFormOf, validatePermission, validateRole } from './role';

const P1 = { id: '11111111-1111-4111-8111-111111111111', name: 'idp:client:read', description: 'Read clients' };
const P2 = { id: '22222222-2222-4222-8222-222222222222', name: 'idp:client:update', description: '' };

describe('role form', () => {
  it('reads the permissions the server lists as objects', () => {
    const doc = { id: 'r', name: 'viewer', description: 'reads', permissions: [P1, P2] };
    expect(roleFormOf(doc)).toEqual({ name: 'viewer', description: 'reads', permissions: [P1.id, P2.id] });
    expect(permissionsOf(doc)).toEqual([P1, P2]);
  });

  it('reads ids alone and skips what is not a permission', () => {
    expect(permissionsOf({ permissions: [P1.id, 3, null, { name: 'x' }] })).toEqual([{ id: P1.id, name: P1.id, description: '' }]);
    expect(permissionsOf({})).toEqual([]);
  });

  it('sends name, description and permission ids only', () => {
    expect(roleBody({ name: ' viewer ', description: '', permissions: [P1.id, P1.id, P2.id] })).toEqual({ name: 'viewer', permissions: [P1.id, P2.id] });
    expect(roleBody({ name: 'v', description: ' d ', permissions: [] })).toEqual({ name: 'v', description: 'd', permissions: [] });
  });

  it('checks the name, the description and the permissions', () => {
    expect(validateRole({ name: ' ', description: '', permissions: [] })).toEqual({ name: 'required' });
    expect(validateRole({ name: 'x'.repeat(256), description: 'd'.repeat(256), permissions: [] })).toEqual({
      name: 'at most 255 characters',
      description: 'at most 255 characters',
    });
    expect(validateRole({ name: 'v', description: '', permissions: [P1.id, 'gone'] }, [P1]).permissions).toContain('gone');
    expect(validateRole({ name: 'v', description: '', permissions: [P1.id] }, [P1])).toEqual({});
  });

  it('removes permissions by id, once each', () => {
    expect(removalBody([P1.id, P1.id, P2.id])).toEqual({ permissions: [P1.id, P2.id] });
  });

  it('offers every permission of the tenant and those the role holds, by name', () => {
    const held = { id: '33333333-3333-4333-8333-333333333333', name: 'a:held', description: '' };
    expect(permissionChoices([P2, P1], [P1, held])).toEqual([
      { value: held.id, label: 'a:held' },
      { value: P1.id, label: 'idp:client:read' },
      { value: P2.id, label: 'idp:client:update' },
    ]);
  });
});

describe('permission form', () => {
  it('round-trips name and description', () => {
    expect(permissionFormOf(P1)).toEqual({ name: P1.name, description: P1.description });
    expect(permissionBody({ name: ' a:b ', description: '' })).toEqual({ name: 'a:b' });
    expect(permissionBody({ name: 'a', description: 'x' })).toEqual({ name: 'a', description: 'x' });
  });

  it('needs a name of at most 255 characters', () => {
    expect(validatePermission({ name: '', description: '' })).toEqual({ name: 'required' });
    expect(validatePermission({ name: 'a', description: '' })).toEqual({});
  });
});
