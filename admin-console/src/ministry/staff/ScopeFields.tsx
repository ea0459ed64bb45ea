import { MultiSelect } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useT } from '../../i18n/useT';
import { districtOptions } from '../common/districtOptions';
import type { DistrictArea } from '../common/useAreas';
import { useLocalText, type Facility } from '../common/useFacilities';
import { scopeKind } from './roles';

/** The districts or facilities a role's scope is made of, for the role chosen in `form`. */
export function ScopeFields<Values extends { role: string | null; districtIds: string[]; facilityIds: string[] }>({
  form,
  areas,
  facilities,
}: {
  form: UseFormReturnType<Values>;
  areas: readonly DistrictArea[];
  facilities: readonly Facility[];
}) {
  const t = useT();
  const text = useLocalText();
  const scope = scopeKind(form.values.role ?? '');
  if (scope === 'districts') {
    return (
      <MultiSelect
        label={t('console-ministry-staff-districts')}
        data={districtOptions(areas)}
        searchable
        withAsterisk
        {...form.getInputProps('districtIds')}
      />
    );
  }
  if (scope === 'facilities') {
    return (
      <MultiSelect
        label={t('console-ministry-staff-facilities')}
        data={facilities.filter((facility) => facility.active).map((facility) => ({ value: String(facility.id), label: text(facility.name) }))}
        searchable
        withAsterisk
        {...form.getInputProps('facilityIds')}
      />
    );
  }
  return null;
}
