import { describe, expect, it } from 'vitest';
import { sessionsByDay, vaccineCodesOf } from './calendar';

const session = (id: string, facility_id: number, date: string, vaccine: string) => ({
  session_id: id,
  facility_id,
  date,
  vaccine,
  min_age: 18,
  max_age: null,
  capacity_dose1: 10,
  capacity_dose2: 10,
  booked_dose1: 0,
  booked_dose2: 0,
  slots: [],
});

describe('calendar', () => {
  it('groups sessions by day, ordered by facility name and vaccine', () => {
    const names: Record<number, string> = { 1: 'Zeta Clinic', 2: 'Alpha Hospital' };
    const days = sessionsByDay(
      [session('a', 1, '04-12-2026', 'COVAXIN'), session('b', 2, '04-12-2026', 'COVISHIELD'), session('c', 2, '04-12-2026', 'COVAXIN'), session('d', 1, '05-12-2026', 'X')],
      (id) => names[id] ?? '',
    );
    expect(days.get('2026-12-04')?.map((s) => s.session_id)).toEqual(['c', 'b', 'a']);
    expect(days.get('2026-12-05')?.map((s) => s.session_id)).toEqual(['d']);
  });

  it('lists vaccine codes once, sorted', () => {
    expect(vaccineCodesOf(['COVISHIELD', 'COVAXIN'], ['COVAXIN', 'CORBEVAX'])).toEqual(['CORBEVAX', 'COVAXIN', 'COVISHIELD']);
  });
});
