import { addDays, daysBetween, startOfMonth } from '../common/days';

/** The periods offered at a click; `custom` takes two dates from the picker. */
export const PERIOD_PRESETS = ['last7', 'last30', 'last90', 'month', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** A closed range of days, `YYYY-MM-DD`. */
export interface Period {
  from: string;
  to: string;
}

/** The server answers at most this many days after `from` in one report. */
export const MAX_REPORT_SPAN_DAYS = 366;

/** The days a preset covers, ending today (the country's today). */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): Period {
  switch (preset) {
    case 'last7':
      return { from: addDays(today, -6), to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'last90':
      return { from: addDays(today, -89), to: today };
    case 'month':
      return { from: startOfMonth(today), to: today };
  }
}

/** Whether the server will answer for this range: in order and not longer than it allows. */
export function isReportablePeriod(period: Period): boolean {
  const span = daysBetween(period.from, period.to);
  return span >= 0 && span <= MAX_REPORT_SPAN_DAYS;
}
