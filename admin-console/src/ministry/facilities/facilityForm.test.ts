import { describe, expect, it } from 'vitest';
import { emptyFacilityForm, facilityBodyOf, facilityFormOf, facilityFormProblems } from './facilityForm';

const filled = () => ({
  ...emptyFacilityForm(['en', 'hi'], [294]),
  name: { en: ' City Clinic ', hi: '' },
  block: { en: 'South Zone', hi: 'दक्षिण ज़ोन' },
  address: 'Fort Road',
  postalCode: '560002',
  lat: 12.96,
  long: '77.57',
});

describe('facility form', () => {
  it('preselects the only district a district administrator runs', () => {
    expect(emptyFacilityForm(['en'], [294]).districtId).toBe('294');
    expect(emptyFacilityForm(['en'], [294, 265]).districtId).toBeNull();
  });

  it('sends only the languages written, and numbers as numbers', () => {
    expect(facilityBodyOf(filled())).toEqual({
      name: { en: 'City Clinic' },
      block: { en: 'South Zone', hi: 'दक्षिण ज़ोन' },
      district_id: 294,
      address: 'Fort Road',
      postal_code: '560002',
      lat: 12.96,
      long: 77.57,
      opens: '09:00',
      closes: '17:00',
      fee_type: 'Free',
      vaccine_fees: [],
    });
  });

  it('accepts a complete form', () => {
    expect(facilityFormProblems(filled(), 'en')).toEqual({});
  });

  it('names what is missing or wrong', () => {
    const values = { ...filled(), name: { en: '', hi: 'x' }, lat: 95, opens: '18:00', feeType: 'Paid' as const };
    expect(facilityFormProblems(values, 'en')).toEqual({
      'name.en': 'console-required',
      lat: 'console-ministry-facility-lat-invalid',
      closes: 'console-ministry-facility-closes-early',
      fees: 'console-ministry-facility-fees-missing',
    });
  });

  it('checks each fee of a paid facility', () => {
    const values = { ...filled(), feeType: 'Paid' as const, fees: [{ vaccine: 'covaxin', fee: 1410 }, { vaccine: '1X', fee: -1 }] };
    expect(facilityFormProblems(values, 'en')).toEqual({
      'fees.1.vaccine': 'console-ministry-vaccine-code-invalid',
      'fees.1.fee': 'console-ministry-facility-fee-invalid',
    });
    expect(facilityBodyOf(values).vaccine_fees?.[0]).toEqual({ vaccine: 'COVAXIN', fee: 1410 });
  });

  it('fills the form from a facility', () => {
    const form = facilityFormOf(
      {
        id: 1,
        district_id: 294,
        name: { en: 'A' },
        block: { en: 'B' },
        address: 'C',
        postal_code: '560002',
        lat: 1,
        long: 2,
        opens: '08:00',
        closes: '16:00',
        fee_type: 'Paid',
        vaccine_fees: [{ vaccine: 'COVAXIN', fee: 10 }],
        active: true,
        managed_by_config: false,
      },
      ['en', 'hi'],
    );
    expect(form).toMatchObject({ name: { en: 'A', hi: '' }, districtId: '294', feeType: 'Paid', fees: [{ vaccine: 'COVAXIN', fee: 10 }] });
  });
});
