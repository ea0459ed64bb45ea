/**
 * Dates and numbers in the console's language through Intl. The API writes days as `DD-MM-YYYY` and instants as
 * RFC 3339; both are turned into Date here.
 */

/** `25-11-2026` → that day at 00:00 UTC, or undefined when malformed. */
export function parseApiDay(day: string): Date | undefined {
  const match = /^(\d{2})-(\d{2})-(\d{4})$/.exec(day);
  if (!match) return undefined;
  const [, dd, mm, yyyy] = match;
  const date = new Date(Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd)));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A Date → `DD-MM-YYYY` (UTC), the form the API expects in query parameters. */
export function toApiDay(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}-${mm}-${date.getUTCFullYear()}`;
}

/**
 * The language as written in `country` (ISO 3166 alpha-2), the way the server writes it: a tag that names no region
 * takes the country's, so English in India's console is en-IN (lakh grouping, day-month order); Intl falls back to the
 * language where CLDR has no such locale. A tag that names a region, or no country (the NHA console), stays as it is.
 */
export function regionalLocale(language: string, country?: string): string {
  if (!country || language.includes('-')) return language;
  try {
    return Intl.getCanonicalLocales(`${language}-${country}`)[0] ?? language;
  } catch {
    return language;
  }
}

export function formatNumber(language: string, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(language, options).format(value);
}

const COMPONENT_OPTIONS = ['weekday', 'era', 'year', 'month', 'day', 'hour', 'minute', 'second', 'dayPeriod'] as const;

/**
 * Intl refuses `dateStyle`/`timeStyle` together with single fields (`day`, `month`): the default styles apply only
 * when the caller asks for no field of its own.
 */
function withDefaultStyles(
  defaults: Intl.DateTimeFormatOptions,
  options: Intl.DateTimeFormatOptions | undefined,
): Intl.DateTimeFormatOptions {
  const asksForFields = COMPONENT_OPTIONS.some((field) => options?.[field] !== undefined);
  return asksForFields ? { ...options } : { ...defaults, ...options };
}

/** A calendar day from the API (`DD-MM-YYYY`), shown in the language's format; the raw text if malformed. */
export function formatApiDay(language: string, day: string, options?: Intl.DateTimeFormatOptions): string {
  const date = parseApiDay(day);
  if (!date) return day;
  return new Intl.DateTimeFormat(language, { ...withDefaultStyles({ dateStyle: 'medium' }, options), timeZone: 'UTC' }).format(date);
}

/** An instant (RFC 3339 text, Date, or seconds since 1970) as date and time, in `timeZone` when given. */
export function formatDateTime(
  language: string,
  value: string | Date | number,
  timeZone?: string,
  options?: Intl.DateTimeFormatOptions,
): string {
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const formatOptions = withDefaultStyles({ dateStyle: 'medium', timeStyle: 'short' }, options);
  if (timeZone) formatOptions.timeZone = timeZone;
  return new Intl.DateTimeFormat(language, formatOptions).format(date);
}

/** An instant's date only (no time), in `timeZone` when given. */
export function formatDate(
  language: string,
  value: string | Date | number,
  timeZone?: string,
  options?: Intl.DateTimeFormatOptions,
): string {
  return formatDateTime(language, value, timeZone, { ...withDefaultStyles({ dateStyle: 'medium' }, options), timeStyle: undefined });
}
