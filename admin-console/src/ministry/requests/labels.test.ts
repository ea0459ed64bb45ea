import { describe, expect, it } from 'vitest';
import {
  acceptDecision,
  DECISION_LABELS,
  decisionBody,
  isCorrection,
  REQUEST_KIND_LABELS,
  REQUEST_STATUS_COLOURS,
  REQUEST_STATUS_LABELS,
  requestedValueText,
  STATUS_FILTERS,
} from './labels';

describe('citizen request labels', () => {
  it('name every kind and status with a message id of its own', () => {
    expect(Object.keys(REQUEST_KIND_LABELS)).toEqual(['name', 'birth_year', 'gender', 'wrong_dose', 'no_certificate', 'other']);
    expect(REQUEST_KIND_LABELS.birth_year).toBe('console-ministry-requests-kind-birth-year');
    expect(REQUEST_KIND_LABELS.no_certificate).toBe('console-ministry-requests-kind-no-certificate');
    expect(new Set(Object.values(REQUEST_KIND_LABELS)).size).toBe(6);
    for (const status of Object.keys(REQUEST_STATUS_LABELS)) {
      expect(REQUEST_STATUS_LABELS[status]).toBe(`console-ministry-requests-status-${status}`);
      expect(REQUEST_STATUS_COLOURS[status]).toBeDefined();
    }
  });

  it('filters by every status, open first, and all', () => {
    expect(STATUS_FILTERS.map((filter) => filter.value)).toEqual(['open', 'approved', 'resolved', 'rejected', 'all']);
  });

  it('approves corrections and resolves grievances', () => {
    for (const kind of ['name', 'birth_year', 'gender']) {
      expect(isCorrection(kind)).toBe(true);
      expect(acceptDecision(kind)).toBe('approve');
    }
    for (const kind of ['wrong_dose', 'no_certificate', 'other', 'unknown']) {
      expect(isCorrection(kind)).toBe(false);
      expect(acceptDecision(kind)).toBe('resolve');
    }
    expect(DECISION_LABELS.approve.done).toBe('console-ministry-requests-approved-done');
    expect(DECISION_LABELS.reject.color).toBe('red');
  });

  it('accepts unless rejecting, with the note trimmed', () => {
    expect(decisionBody('approve', '  done ')).toEqual({ accept: true, note: 'done' });
    expect(decisionBody('resolve', '')).toEqual({ accept: true, note: '' });
    expect(decisionBody('reject', 'no proof')).toEqual({ accept: false, note: 'no proof' });
  });

  it('shows the requested value, a gender by its name', () => {
    const genders = new Map([[1, 'Male'], [2, 'Female']]);
    const genderName = (id: number) => genders.get(id);
    expect(requestedValueText({ kind: 'name', requested_value: 'Asha Rao' }, genderName)).toBe('Asha Rao');
    expect(requestedValueText({ kind: 'birth_year', requested_value: '1990' }, genderName)).toBe('1990');
    expect(requestedValueText({ kind: 'gender', requested_value: '2' }, genderName)).toBe('Female');
    expect(requestedValueText({ kind: 'gender', requested_value: '9' }, genderName)).toBe('9');
    expect(requestedValueText({ kind: 'other', requested_value: null }, genderName)).toBe('—');
    expect(requestedValueText({ kind: 'wrong_dose' }, genderName)).toBe('—');
  });
});
