import { describe, expect, it } from 'vitest';
import type { Vaccine } from './model';
import { ruleSetFormFrom, ruleSetOf, ruleSetProblems } from './ruleSetForm';

const covishield = (): Vaccine => ({
  code: 'COVISHIELD',
  name: 'COVISHIELD',
  manufacturer: 'SII',
  rule_sets: [
    {
      version: 6,
      effective_from: '2022-08-12',
      min_age: 18,
      max_age: null,
      mix_with: [],
      doses: [
        { dose: 1, min_interval_days: null, max_interval_days: null },
        { dose: 2, min_interval_days: 84, max_interval_days: 112 },
      ],
      booster: { min_interval_days: 182, vaccines: ['COVISHIELD', 'CORBEVAX'] },
    },
  ],
});

describe('new rule version', () => {
  it('starts from the rules in force, booster included', () => {
    expect(ruleSetFormFrom(covishield())).toEqual({
      effectiveFrom: null,
      minAge: 18,
      maxAge: '',
      doses: [
        { minInterval: '', maxInterval: '' },
        { minInterval: 84, maxInterval: 112 },
      ],
      mixWith: [],
      booster: true,
      boosterInterval: 182,
      boosterVaccines: ['COVISHIELD', 'CORBEVAX'],
    });
  });

  it('numbers the new version after the last and writes the file shape', () => {
    const values = { ...ruleSetFormFrom(covishield()), effectiveFrom: '2027-01-01', minAge: 12, doses: [{ minInterval: '', maxInterval: '' }, { minInterval: 56, maxInterval: '' }] };
    expect(ruleSetOf(values, covishield())).toEqual({
      version: 7,
      effective_from: '2027-01-01',
      min_age: 12,
      max_age: null,
      mix_with: [],
      doses: [
        { dose: 1, min_interval_days: null, max_interval_days: null },
        { dose: 2, min_interval_days: 56, max_interval_days: null },
      ],
      booster: { min_interval_days: 182, vaccines: ['COVISHIELD', 'CORBEVAX'] },
    });
  });

  it('refuses a date in the past and intervals that cross', () => {
    const values = {
      ...ruleSetFormFrom(covishield()),
      effectiveFrom: '2026-12-01',
      doses: [{ minInterval: '', maxInterval: '' }, { minInterval: 84, maxInterval: 28 }],
      booster: true,
      boosterVaccines: [],
    };
    expect(ruleSetProblems(values, covishield(), '2026-12-04')).toEqual({
      effectiveFrom: 'console-ministry-rule-effective-past',
      'doses.1.maxInterval': 'console-ministry-rule-max-interval-invalid',
      boosterVaccines: 'console-ministry-rule-booster-vaccines-missing',
    });
  });

  it('accepts today', () => {
    const values = { ...ruleSetFormFrom(covishield()), effectiveFrom: '2026-12-04' };
    expect(ruleSetProblems(values, covishield(), '2026-12-04')).toEqual({});
  });
});
