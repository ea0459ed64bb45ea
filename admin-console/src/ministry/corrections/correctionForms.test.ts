import { describe, expect, it } from 'vitest';
import {
  beneficiaryCorrectionBody,
  beneficiaryCorrectionProblems,
  changedFields,
  doseCorrectionBody,
  doseCorrectionProblems,
} from './correctionForms';

describe('correction forms', () => {
  it('asks for a reference, a change and a reason', () => {
    expect(beneficiaryCorrectionProblems({ reference: '123', name: '', birthYear: '', reason: '' }, 2026)).toEqual({
      reference: 'console-ministry-correction-reference-invalid',
      name: 'console-ministry-correction-nothing',
      reason: 'console-required',
    });
    expect(beneficiaryCorrectionProblems({ reference: '12345678901234', name: '', birthYear: 2030, reason: 'typo' }, 2026)).toEqual({
      birthYear: 'console-ministry-correction-birth-year-invalid',
    });
  });

  it('sends only what changes', () => {
    expect(beneficiaryCorrectionBody({ reference: ' 12345678901234 ', name: 'Asha Rao', birthYear: '', reason: ' spelling ' })).toEqual({
      beneficiary_reference_id: '12345678901234',
      name: 'Asha Rao',
      birth_year: null,
      reason: 'spelling',
    });
    expect(
      doseCorrectionBody({ doseId: '0b5c4e2a-1111-4222-8333-944455556666', vaccine: 'covaxin', batch: '', givenOn: '2026-12-01', reason: 'wrong vial' }),
    ).toEqual({ dose_id: '0b5c4e2a-1111-4222-8333-944455556666', vaccine: 'COVAXIN', batch: null, given_on: '01-12-2026', reason: 'wrong vial' });
  });

  it('checks a dose id and that something changes', () => {
    expect(doseCorrectionProblems({ doseId: 'x', vaccine: '', batch: '', givenOn: null, reason: 'r' })).toEqual({
      doseId: 'console-ministry-correction-dose-id-invalid',
      vaccine: 'console-ministry-correction-nothing',
    });
  });

  it('lists each changed field with its values', () => {
    expect(changedFields({ name: 'Asha Rau' }, { name: 'Asha Rao', birth_year: 1990 })).toEqual([
      { field: 'birth_year', before: '—', after: '1990' },
      { field: 'name', before: 'Asha Rau', after: 'Asha Rao' },
    ]);
  });
});
