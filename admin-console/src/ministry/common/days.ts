/**
 * Calendar days. The API writes them `DD-MM-YYYY`; Mantine's date inputs use `YYYY-MM-DD`. Days are handled as
 * UTC midnights so no browser time zone can move a day: "today" itself comes from the country's time zone.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const API_DAY = /^(\d{2})-(\d{2})-(\d{4})$/;

/** `2026-12-04` → `04-12-2026`; undefined when malformed. */
export function isoToApi(iso: string): string | undefined {
  const match = ISO_DAY.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : undefined;
}

/** `04-12-2026` → `2026-12-04`; undefined when malformed. */
export function apiToIso(day: string): string | undefined {
  const match = API_DAY.exec(day);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : undefined;
}

function toDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `count` days after `iso` (before, if negative). */
export function addDays(iso: string, count: number): string {
  const date = toDate(iso);
  date.setUTCDate(date.getUTCDate() + count);
  return toIso(date);
}

/** Whole days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

/** The Monday of `iso`'s week (ISO weeks start on Monday). */
export function startOfWeek(iso: string): string {
  const weekday = (toDate(iso).getUTCDay() + 6) % 7;
  return addDays(iso, -weekday);
}

/** The first day of `iso`'s month. */
export function startOfMonth(iso: string): string {
  return `${iso.slice(0, 8)}01`;
}

/** `count` consecutive days from `first`. */
export function dayRange(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addDays(first, index));
}

/** Today where the country is, `YYYY-MM-DD` (the browser may be set to any zone). */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  }
}
