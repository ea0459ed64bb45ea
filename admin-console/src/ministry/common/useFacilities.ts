import { useMemo } from 'react';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import type { TenantSchema } from '../../api/types';
import { useApiQuery, type ApiQuery } from '../../api/useApiQuery';
import { useConsole } from '../../console/useConsole';
import { useI18n } from '../../i18n/useT';
import { localText } from './localText';

export type Facility = TenantSchema<'FacilityView'>;

/** The facilities the signed-in administrator runs (the server answers only those in their scope). */
export function useFacilities(): ApiQuery<Facility[]> {
  return useApiQuery(async () => unwrap(await tenantApi.GET('/api/staff/facilities')).facilities, []);
}

/** A function naming a localised text in the console's language, with the country's default as fallback. */
export function useLocalText(): (text: Readonly<Record<string, string>> | undefined) => string {
  const { language } = useI18n();
  const { tenant } = useConsole();
  const fallback = tenant?.default_locale ?? 'en';
  return useMemo(() => (text) => localText(text, language, fallback), [language, fallback]);
}

/** A facility's name by id (`#id` while loading or for one outside the list). */
export function useFacilityName(facilities: readonly Facility[] | undefined): (id: number) => string {
  const text = useLocalText();
  return useMemo(() => {
    const names = new Map((facilities ?? []).map((facility) => [facility.id, text(facility.name)]));
    return (id: number) => names.get(id) ?? `#${id}`;
  }, [facilities, text]);
}
