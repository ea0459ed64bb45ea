import { useMemo } from 'react';
import { useConsole } from '../console/useConsole';
import { formatApiDay, formatDate, formatDateTime, formatNumber, regionalLocale } from './format';
import { useI18n } from './useT';

/**
 * Formatters bound to the current language as written in the country (en-IN in India's console) and, for instants,
 * the country's time zone:
 * `const f = useFormat(); f.number(1234); f.day('25-11-2026'); f.dateTime(entry.occurred_at); f.date(expiresAt)`.
 */
export function useFormat() {
  const { language: tag } = useI18n();
  const { tenant } = useConsole();
  const timeZone = tenant?.time_zone;
  const language = regionalLocale(tag, tenant?.code);
  return useMemo(
    () => ({
      number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(language, value, options),
      day: (day: string, options?: Intl.DateTimeFormatOptions) => formatApiDay(language, day, options),
      dateTime: (value: string | Date | number, options?: Intl.DateTimeFormatOptions) =>
        formatDateTime(language, value, timeZone, options),
      date: (value: string | Date | number, options?: Intl.DateTimeFormatOptions) =>
        formatDate(language, value, timeZone, options),
    }),
    [language, timeZone],
  );
}
