import type { TenantSchema } from '../../api/types';
import { isoToApi } from '../common/days';

export interface BeneficiaryCorrectionValues {
  reference: string;
  name: string;
  birthYear: number | string;
  reason: string;
}

export interface DoseCorrectionValues {
  doseId: string;
  vaccine: string;
  batch: string;
  /** `YYYY-MM-DD`, or null to leave the day. */
  givenOn: string | null;
  reason: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Problems of a beneficiary correction (message ids by field); at least one field must change. */
export function beneficiaryCorrectionProblems(values: BeneficiaryCorrectionValues, thisYear: number): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!/^\d{14}$/.test(values.reference.trim())) problems.reference = 'console-ministry-correction-reference-invalid';
  if (values.birthYear !== '' && !(Number.isInteger(Number(values.birthYear)) && Number(values.birthYear) >= 1900 && Number(values.birthYear) <= thisYear)) {
    problems.birthYear = 'console-ministry-correction-birth-year-invalid';
  }
  if (!values.name.trim() && values.birthYear === '') problems.name = 'console-ministry-correction-nothing';
  if (!values.reason.trim()) problems.reason = 'console-required';
  return problems;
}

export function beneficiaryCorrectionBody(values: BeneficiaryCorrectionValues): TenantSchema<'BeneficiaryCorrectionBody'> {
  return {
    beneficiary_reference_id: values.reference.trim(),
    name: values.name.trim() || null,
    birth_year: values.birthYear === '' ? null : Number(values.birthYear),
    reason: values.reason.trim(),
  };
}

/** Problems of a dose correction (message ids by field); at least one field must change. */
export function doseCorrectionProblems(values: DoseCorrectionValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!UUID.test(values.doseId.trim())) problems.doseId = 'console-ministry-correction-dose-id-invalid';
  if (values.vaccine.trim() && !/^[A-Z][A-Z0-9_-]{1,31}$/.test(values.vaccine.trim().toUpperCase())) {
    problems.vaccine = 'console-ministry-vaccine-code-invalid';
  }
  if (!values.vaccine.trim() && !values.batch.trim() && !values.givenOn) problems.vaccine = 'console-ministry-correction-nothing';
  if (!values.reason.trim()) problems.reason = 'console-required';
  return problems;
}

export function doseCorrectionBody(values: DoseCorrectionValues): TenantSchema<'DoseCorrectionBody'> {
  return {
    dose_id: values.doseId.trim(),
    vaccine: values.vaccine.trim().toUpperCase() || null,
    batch: values.batch.trim() || null,
    given_on: values.givenOn ? (isoToApi(values.givenOn) ?? null) : null,
    reason: values.reason.trim(),
  };
}

/** The fields a correction changed, with their values before and after, as text. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Array<{ field: string; before: string; after: string }> {
  const show = (value: unknown) => (value === undefined || value === null ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value));
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].sort().map((field) => ({
    field,
    before: show(before[field]),
    after: show(after[field]),
  }));
}
