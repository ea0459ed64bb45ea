import { describe, expect, it } from 'vitest';
import { matchesFacility } from './matchesFacility';

const facility = {
  id: 1001,
  district_id: 294,
  name: { en: 'Victoria Hospital', hi: 'विक्टोरिया अस्पताल' },
  block: { en: 'South Zone' },
  address: 'Fort Road',
  postal_code: '560002',
  lat: 0,
  long: 0,
  opens: '09:00',
  closes: '17:00',
  fee_type: 'Free',
  vaccine_fees: [],
  active: true,
  managed_by_config: true,
};

describe('matchesFacility', () => {
  it('matches names in any language, ids, districts and postal codes', () => {
    expect(matchesFacility(facility, 'victoria', 'Victoria Hospital', 'BBMP')).toBe(true);
    expect(matchesFacility(facility, 'अस्पताल', 'Victoria Hospital', 'BBMP')).toBe(true);
    expect(matchesFacility(facility, '1001', 'Victoria Hospital', 'BBMP')).toBe(true);
    expect(matchesFacility(facility, 'bbmp', 'Victoria Hospital', 'BBMP')).toBe(true);
    expect(matchesFacility(facility, '560002', 'Victoria Hospital', 'BBMP')).toBe(true);
    expect(matchesFacility(facility, '  ', 'Victoria Hospital', 'BBMP')).toBe(true);
    expect(matchesFacility(facility, 'pune', 'Victoria Hospital', 'BBMP')).toBe(false);
  });
});
