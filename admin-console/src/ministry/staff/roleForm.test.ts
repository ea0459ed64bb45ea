import { describe, expect, it } from 'vitest';
import { roleBody, roleProblems, roleValuesOf } from './roleForm';

describe('role change', () => {
  it('starts from the current role and scope', () => {
    expect(roleValuesOf({ role: 'vaccinator', district_ids: [], facility_ids: [1001] })).toEqual({
      role: 'vaccinator',
      districtIds: [],
      facilityIds: ['1001'],
    });
  });

  it('asks for the scope the new role needs', () => {
    expect(roleProblems({ role: 'district_admin', districtIds: [], facilityIds: ['1001'] })).toEqual({
      districtIds: 'console-ministry-staff-districts-missing',
    });
    expect(roleProblems({ role: 'verifier', districtIds: [], facilityIds: [] })).toEqual({});
  });

  it('drops a scope the new role does not have', () => {
    expect(roleBody({ role: 'district_admin', districtIds: ['294'], facilityIds: ['1001'] })).toEqual({
      role: 'district_admin',
      district_ids: [294],
      facility_ids: [],
    });
  });
});
