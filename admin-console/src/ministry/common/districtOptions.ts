import type { DistrictArea } from './useAreas';

/** Select options of districts, grouped by state; only `allowed` ones when given (a district admin's scope). */
export function districtOptions(areas: readonly DistrictArea[], allowed?: readonly number[]) {
  const groups = new Map<string, Array<{ value: string; label: string }>>();
  for (const area of areas) {
    if (allowed && allowed.length > 0 && !allowed.includes(area.id)) continue;
    const items = groups.get(area.stateName) ?? [];
    items.push({ value: String(area.id), label: area.name });
    groups.set(area.stateName, items);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}
