/**
 * Today in the country's time zone as `DD-MM-YYYY`, the form the API uses: the desk's day (its list, its doses'
 * `given_on`) is the country's, not the tablet's, which may be set to any zone.
 */
export function tenantToday(timeZone: string | undefined, now: Date = new Date()): string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    // An unknown zone name: the tablet's own day is the best guess left.
    format = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', day: '2-digit' });
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => format.formatToParts(now).find((p) => p.type === type)?.value;
  return `${part('day')}-${part('month')}-${part('year')}`;
}
