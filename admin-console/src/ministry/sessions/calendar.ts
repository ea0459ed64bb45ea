import type { TenantSchema } from '../../api/types';
import { apiToIso } from '../common/days';

export type Session = TenantSchema<'SessionView'>;

/** Sessions by day (`YYYY-MM-DD`), each day's ordered by facility, then vaccine. */
export function sessionsByDay(sessions: readonly Session[], facilityName: (id: number) => string): Map<string, Session[]> {
  const days = new Map<string, Session[]>();
  for (const session of sessions) {
    const day = apiToIso(session.date);
    if (!day) continue;
    days.set(day, [...(days.get(day) ?? []), session]);
  }
  for (const list of days.values()) {
    list.sort(
      (a, b) => facilityName(a.facility_id).localeCompare(facilityName(b.facility_id)) || a.vaccine.localeCompare(b.vaccine),
    );
  }
  return days;
}

/** Vaccine codes seen, sorted, for suggestions when publishing a session. */
export function vaccineCodesOf(...lists: ReadonlyArray<readonly string[]>): string[] {
  return [...new Set(lists.flat().filter(Boolean))].sort();
}
