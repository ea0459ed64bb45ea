import type { TenantSchema } from '../../api/types';
import { isoToApi } from '../common/days';
import { isSlot } from './slots';

export const MAX_CAPACITY = 100_000;

/** The fields of a new session. */
export interface NewSessionValues {
  facilityId: string | null;
  /** `YYYY-MM-DD`. */
  date: string | null;
  vaccine: string;
  minAge: number | string;
  maxAge: number | string;
  capacityDose1: number | string;
  capacityDose2: number | string;
  slots: string[];
}

/** The fields of a session's change (day, ages, slots). */
export type SessionChangeValues = Pick<NewSessionValues, 'date' | 'minAge' | 'maxAge' | 'slots'>;

const whole = (value: number | string, min: number, max: number) =>
  value !== '' && Number.isInteger(Number(value)) && Number(value) >= min && Number(value) <= max;

/** Problems of the day, ages and slots, as message ids by field. */
export function sessionChangeProblems(values: SessionChangeValues, today: string): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!values.date) problems.date = 'console-required';
  else if (values.date < today) problems.date = 'console-ministry-session-date-past';
  if (!whole(values.minAge, 0, 150)) problems.minAge = 'console-ministry-session-age-invalid';
  if (values.maxAge !== '' && (!whole(values.maxAge, 0, 150) || Number(values.maxAge) < Number(values.minAge))) {
    problems.maxAge = 'console-ministry-session-max-age-invalid';
  }
  if (values.slots.length === 0) problems.slots = 'console-ministry-session-slots-missing';
  else if (!values.slots.every(isSlot)) problems.slots = 'console-ministry-session-slots-invalid';
  return problems;
}

/** Problems of a whole new session, as message ids by field. */
export function newSessionProblems(values: NewSessionValues, today: string): Record<string, string> {
  const problems = sessionChangeProblems(values, today);
  if (!values.facilityId) problems.facilityId = 'console-required';
  if (!/^[A-Z][A-Z0-9_-]{1,31}$/.test(values.vaccine.trim().toUpperCase())) problems.vaccine = 'console-ministry-vaccine-code-invalid';
  if (!whole(values.capacityDose1, 0, MAX_CAPACITY)) problems.capacityDose1 = 'console-ministry-session-capacity-invalid';
  if (!whole(values.capacityDose2, 0, MAX_CAPACITY)) problems.capacityDose2 = 'console-ministry-session-capacity-invalid';
  return problems;
}

export function sessionChangeBody(values: SessionChangeValues): TenantSchema<'SessionChangeRequest'> {
  return {
    date: isoToApi(values.date ?? '') ?? '',
    min_age: Number(values.minAge),
    max_age: values.maxAge === '' ? null : Number(values.maxAge),
    slots: values.slots,
  };
}

export function newSessionBody(values: NewSessionValues): TenantSchema<'SessionRequest'> {
  return {
    ...sessionChangeBody(values),
    facility_id: Number(values.facilityId),
    vaccine: values.vaccine.trim().toUpperCase(),
    capacity_dose1: Number(values.capacityDose1),
    capacity_dose2: Number(values.capacityDose2),
  };
}
