import { useMemo } from 'react';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { useApiQuery, type ApiQuery } from '../../api/useApiQuery';
import { useI18n } from '../../i18n/useT';

/** A district with its state, named in the console's language. */
export interface DistrictArea {
  id: number;
  name: string;
  stateId: number;
  stateName: string;
}

/**
 * The country's districts, from the public location endpoints (the same lists citizens' apps read), named in the
 * console's language. Reloaded when the language changes.
 */
export function useAreas(): ApiQuery<DistrictArea[]> {
  const { language } = useI18n();
  return useApiQuery(async () => {
    const { states } = unwrap(await tenantApi.GET('/api/v2/admin/location/states'));
    const perState = await Promise.all(
      states.map(async (state) => {
        const { districts } = unwrap(
          await tenantApi.GET('/api/v2/admin/location/districts/{state_id}', {
            params: { path: { state_id: state.state_id } },
          }),
        );
        return districts.map((district) => ({
          id: district.district_id,
          name: district.district_name_l || district.district_name,
          stateId: state.state_id,
          stateName: state.state_name_l || state.state_name,
        }));
      }),
    );
    return perState.flat();
  }, [language]);
}

/** A district's name by id (the id itself while the list loads or if unknown). */
export function useDistrictName(areas: readonly DistrictArea[] | undefined): (id: number) => string {
  return useMemo(() => {
    const names = new Map((areas ?? []).map((area) => [area.id, area.name]));
    return (id: number) => names.get(id) ?? String(id);
  }, [areas]);
}
