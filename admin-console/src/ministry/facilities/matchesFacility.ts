import type { Facility } from '../common/useFacilities';

/** Whether a facility matches the search text: any of its names, its id, district, address or postal code. */
export function matchesFacility(facility: Facility, search: string, shownName: string, districtName: string): boolean {
  const needle = search.trim().toLocaleLowerCase();
  if (!needle) return true;
  const haystack = [shownName, ...Object.values(facility.name), String(facility.id), districtName, facility.address, facility.postal_code];
  return haystack.some((value) => value.toLocaleLowerCase().includes(needle));
}
