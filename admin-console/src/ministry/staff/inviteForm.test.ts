import { describe, expect, it } from 'vitest';
import { emptyInvite, inviteBody, inviteProblems } from './inviteForm';

describe('invitation form', () => {
  it('asks a district admin for districts and a vaccinator for facilities', () => {
    const base = { ...emptyInvite, name: 'Asha', email: 'asha@example.org' };
    expect(inviteProblems({ ...base, role: 'district_admin' })).toEqual({ districtIds: 'console-ministry-staff-districts-missing' });
    expect(inviteProblems({ ...base, role: 'vaccinator' })).toEqual({ facilityIds: 'console-ministry-staff-facilities-missing' });
    expect(inviteProblems({ ...base, role: 'tenant_admin' })).toEqual({});
  });

  it('names missing fields and a malformed address', () => {
    expect(inviteProblems({ ...emptyInvite, email: 'not-an-address' })).toEqual({
      name: 'console-required',
      email: 'console-ministry-staff-email-invalid',
      role: 'console-required',
    });
  });

  it('sends only the scope of the role', () => {
    const values = { name: ' Asha ', email: 'asha@example.org', role: 'vaccinator', districtIds: ['294'], facilityIds: ['1001', '1002'] };
    expect(inviteBody(values)).toEqual({
      name: 'Asha',
      email: 'asha@example.org',
      role: 'vaccinator',
      district_ids: [],
      facility_ids: [1001, 1002],
    });
  });
});
