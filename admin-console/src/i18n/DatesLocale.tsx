import { DatesProvider } from '@mantine/dates';
import dayjs from 'dayjs';
import 'dayjs/locale/ar';
import 'dayjs/locale/bn';
import 'dayjs/locale/es';
import 'dayjs/locale/hi';
import 'dayjs/locale/pt-br';
import 'dayjs/locale/ru';
import 'dayjs/locale/uz-latn';
import type { ReactNode } from 'react';
import { useI18n } from './useT';

/** dayjs names some locales differently from BCP 47 (`pt-br`, `uz-latn`). */
export function dayjsLocaleOf(tag: string): string {
  const lower = tag.toLowerCase();
  if (lower === 'uz') return 'uz-latn';
  return lower in dayjs.Ls ? lower : (lower.split('-')[0] ?? 'en');
}

/** Mantine's date pickers in the console's language. */
export function DatesLocale({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  return <DatesProvider settings={{ locale: dayjsLocaleOf(language) }}>{children}</DatesProvider>;
}
