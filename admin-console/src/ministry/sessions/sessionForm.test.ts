import { describe, expect, it } from 'vitest';
import { newSessionBody, newSessionProblems, sessionChangeProblems, type NewSessionValues } from './sessionForm';

const values = (): NewSessionValues => ({
  facilityId: '1001',
  date: '2026-12-10',
  vaccine: ' covaxin ',
  minAge: 18,
  maxAge: '',
  capacityDose1: 50,
  capacityDose2: '20',
  slots: ['09:00AM-11:00AM'],
});

describe('session form', () => {
  it('builds the request of a valid session', () => {
    expect(newSessionProblems(values(), '2026-12-04')).toEqual({});
    expect(newSessionBody(values())).toEqual({
      facility_id: 1001,
      date: '10-12-2026',
      vaccine: 'COVAXIN',
      min_age: 18,
      max_age: null,
      capacity_dose1: 50,
      capacity_dose2: 20,
      slots: ['09:00AM-11:00AM'],
    });
  });

  it('refuses a day in the past, crossed ages and malformed slots', () => {
    expect(
      sessionChangeProblems({ date: '2026-12-03', minAge: 45, maxAge: 18, slots: ['9-11'] }, '2026-12-04'),
    ).toEqual({
      date: 'console-ministry-session-date-past',
      maxAge: 'console-ministry-session-max-age-invalid',
      slots: 'console-ministry-session-slots-invalid',
    });
  });

  it('keeps capacities within what the server allows', () => {
    const problems = newSessionProblems({ ...values(), capacityDose1: 100_001, capacityDose2: -1, facilityId: null }, '2026-12-04');
    expect(problems).toEqual({
      facilityId: 'console-required',
      capacityDose1: 'console-ministry-session-capacity-invalid',
      capacityDose2: 'console-ministry-session-capacity-invalid',
    });
  });
});
