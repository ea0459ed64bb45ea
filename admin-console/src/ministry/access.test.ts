import { describe, expect, it } from 'vitest';
import { abilitiesOf } from './access';

describe('abilitiesOf', () => {
  it('gives a tenant administrator everything', () => {
    expect(Object.values(abilitiesOf('tenant_admin')).every(Boolean)).toBe(true);
  });

  it('keeps a district administrator to reports, facilities, sessions and AEFI', () => {
    const district = abilitiesOf('district_admin');
    expect(district).toMatchObject({ readReports: true, writeFacilities: true, writeSessions: true, readAefi: true });
    expect(district).toMatchObject({ manageStaff: false, inviteStaff: false, correct: false, readAudit: false, configure: false });
  });

  it('gives other roles nothing', () => {
    expect(Object.values(abilitiesOf('vaccinator')).some(Boolean)).toBe(false);
  });
});
