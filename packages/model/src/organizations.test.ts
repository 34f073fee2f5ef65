import { describe, expect, it } from 'vitest';
import { isAdminRole, MEMBERSHIP_ROLES, roleAtLeast, rolesUpTo } from './organizations';

describe('roleAtLeast: each role may do what the roles below it may', () => {
  it('ranks owner over admin over member over viewer', () => {
    expect(roleAtLeast('owner', 'admin')).toBe(true);
    expect(roleAtLeast('admin', 'member')).toBe(true);
    expect(roleAtLeast('member', 'viewer')).toBe(true);
    expect(roleAtLeast('viewer', 'member')).toBe(false);
    expect(roleAtLeast('admin', 'owner')).toBe(false);
    for (const role of MEMBERSHIP_ROLES) expect(roleAtLeast(role, role)).toBe(true);
  });

  it('lets a member give only their own role and those below it', () => {
    expect(rolesUpTo('owner')).toEqual(['owner', 'admin', 'member', 'viewer']);
    expect(rolesUpTo('admin')).toEqual(['admin', 'member', 'viewer']);
    expect(rolesUpTo('viewer')).toEqual(['viewer']);
  });

  it('makes owners and admins the organization’s administrators', () => {
    expect(MEMBERSHIP_ROLES.filter(isAdminRole)).toEqual(['owner', 'admin']);
  });
});
