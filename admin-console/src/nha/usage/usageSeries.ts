import { parseApiDay, toApiDay } from '../../i18n/format';
import type { DayUsage } from '../api';
import type { UsageMetric } from '../labels';

export type UsageRow = { day: string } & Record<string, number | string>;

const DAY_MS = 86_400_000;

/** The first day of a period of `days` days ending today (UTC), as the API wants it. */
export function periodStart(days: number, today: Date = new Date()): string {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return toApiDay(new Date(midnight - (days - 1) * DAY_MS));
}

/**
 * One row per day from `from` to `today` (oldest first, as a chart reads), one column per country holding the
 * chosen counter. Days the API does not list had no activity and count as zero, so the line does not skip them.
 */
export function usageRows(
  days: readonly DayUsage[],
  metric: UsageMetric,
  countries: readonly string[],
  from: string,
  today: Date = new Date(),
): UsageRow[] {
  const start = parseApiDay(from);
  if (!start) return [];
  const byDay = new Map<string, Map<string, number>>();
  for (const day of days) {
    const counts = byDay.get(day.date) ?? new Map<string, number>();
    counts.set(day.tenant, (counts.get(day.tenant) ?? 0) + day[metric]);
    byDay.set(day.date, counts);
  }
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const rows: UsageRow[] = [];
  for (let at = start.getTime(); at <= end; at += DAY_MS) {
    const day = toApiDay(new Date(at));
    const row: UsageRow = { day };
    for (const country of countries) row[country] = byDay.get(day)?.get(country) ?? 0;
    rows.push(row);
  }
  return rows;
}

/** The sum of the chosen counter over the period, per country. */
export function usageTotals(days: readonly DayUsage[], metric: UsageMetric): Map<string, number> {
  const totals = new Map<string, number>();
  for (const day of days) totals.set(day.tenant, (totals.get(day.tenant) ?? 0) + day[metric]);
  return totals;
}
