import type { RuleSet, Vaccine } from './model';
import { latestRuleSet } from './model';

/** The "new rule version" form. */
export interface RuleSetValues {
  /** `YYYY-MM-DD`; today or later, after the version before. */
  effectiveFrom: string | null;
  minAge: number | string;
  maxAge: number | string;
  /** Dose 1 first; its intervals are ignored. */
  doses: Array<{ minInterval: number | string; maxInterval: number | string }>;
  mixWith: string[];
  booster: boolean;
  boosterInterval: number | string;
  boosterVaccines: string[];
}

const text = (value: number | null | undefined) => (value == null ? '' : value);

/** The form, starting from the rules in force so only what changes needs typing. */
export function ruleSetFormFrom(vaccine: Vaccine): RuleSetValues {
  const latest = latestRuleSet(vaccine);
  return {
    effectiveFrom: null,
    minAge: latest?.min_age ?? 18,
    maxAge: text(latest?.max_age),
    doses: (latest?.doses ?? [{ dose: 1, min_interval_days: null, max_interval_days: null }]).map((dose) => ({
      minInterval: text(dose.min_interval_days),
      maxInterval: text(dose.max_interval_days),
    })),
    mixWith: latest?.mix_with ?? [],
    booster: Boolean(latest?.booster),
    boosterInterval: text(latest?.booster?.min_interval_days),
    boosterVaccines: latest?.booster?.vaccines ?? [vaccine.code],
  };
}

const whole = (value: number | string, min: number, max: number) =>
  value !== '' && Number.isInteger(Number(value)) && Number(value) >= min && Number(value) <= max;

/**
 * Problems of a new version, as message ids by form field. The server checks it again by the same rules as
 * `cowin tenant check`; these catch the common slips before a round trip.
 */
export function ruleSetProblems(values: RuleSetValues, vaccine: Vaccine, today: string): Record<string, string> {
  const problems: Record<string, string> = {};
  const latest = latestRuleSet(vaccine);
  if (!values.effectiveFrom) problems.effectiveFrom = 'console-required';
  else if (values.effectiveFrom < today) problems.effectiveFrom = 'console-ministry-rule-effective-past';
  else if (latest && values.effectiveFrom <= latest.effective_from) problems.effectiveFrom = 'console-ministry-rule-effective-order';
  if (!whole(values.minAge, 0, 255)) problems.minAge = 'console-ministry-session-age-invalid';
  if (values.maxAge !== '' && (!whole(values.maxAge, 0, 255) || Number(values.maxAge) < Number(values.minAge))) {
    problems.maxAge = 'console-ministry-session-max-age-invalid';
  }
  if (values.doses.length === 0) problems.doses = 'console-ministry-rule-doses-missing';
  values.doses.forEach((dose, index) => {
    if (index === 0) return;
    if (!whole(dose.minInterval, 0, 100_000)) problems[`doses.${index}.minInterval`] = 'console-ministry-rule-interval-invalid';
    if (dose.maxInterval !== '' && (!whole(dose.maxInterval, 0, 100_000) || Number(dose.maxInterval) < Number(dose.minInterval))) {
      problems[`doses.${index}.maxInterval`] = 'console-ministry-rule-max-interval-invalid';
    }
  });
  if (values.booster) {
    if (!whole(values.boosterInterval, 0, 100_000)) problems.boosterInterval = 'console-ministry-rule-interval-invalid';
    if (values.boosterVaccines.length === 0) problems.boosterVaccines = 'console-ministry-rule-booster-vaccines-missing';
  }
  return problems;
}

/** The rule set a valid form describes, numbered after the vaccine's last version. */
export function ruleSetOf(values: RuleSetValues, vaccine: Vaccine): RuleSet {
  const version = (latestRuleSet(vaccine)?.version ?? 0) + 1;
  return {
    version,
    effective_from: values.effectiveFrom ?? '',
    min_age: Number(values.minAge),
    max_age: values.maxAge === '' ? null : Number(values.maxAge),
    mix_with: values.mixWith,
    doses: values.doses.map((dose, index) => ({
      dose: index + 1,
      min_interval_days: index === 0 ? null : Number(dose.minInterval),
      max_interval_days: index === 0 || dose.maxInterval === '' ? null : Number(dose.maxInterval),
    })),
    booster: values.booster ? { min_interval_days: Number(values.boosterInterval), vaccines: values.boosterVaccines } : null,
  };
}
