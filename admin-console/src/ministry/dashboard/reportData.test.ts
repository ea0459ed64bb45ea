import { describe, expect, it } from 'vitest';
import { areasByDoses, coverageRows, vaccineDoseMatrix } from './reportData';

const area = (district_id: number, doses: number, population: number | null, coverage: number | null) => ({
  state_id: 1,
  state_name: 'State',
  district_id,
  district_name: `D${district_id}`,
  doses,
  first_doses: doses,
  population,
  first_dose_coverage: coverage,
});

describe('dose report data', () => {
  it('puts each dose number of a vaccine in its own column', () => {
    const { rows, doses } = vaccineDoseMatrix({
      by_vaccine: [
        { vaccine: 'COVISHIELD', dose: 2, doses: 4 },
        { vaccine: 'COVAXIN', dose: 1, doses: 3 },
        { vaccine: 'COVISHIELD', dose: 1, doses: 10 },
      ],
    });
    expect(doses).toEqual([1, 2]);
    expect(rows).toEqual([
      { vaccine: 'COVAXIN', dose1: 3, dose2: 0 },
      { vaccine: 'COVISHIELD', dose1: 10, dose2: 4 },
    ]);
  });

  it('shows coverage only where the population is known, as a percentage', () => {
    const rows = coverageRows({ by_area: [area(1, 5, 1000, 0.0123), area(2, 9, null, null), area(3, 1, 10, 0.5)] });
    expect(rows.map((row) => row.district_id)).toEqual([3, 1]);
    expect(rows[0]?.coveragePercent).toBe(50);
    expect(rows[1]?.coveragePercent).toBeCloseTo(1.23);
  });

  it('orders districts by doses with doses outside any facility last', () => {
    const rows = areasByDoses({ by_area: [area(0, 50, null, null), area(1, 5, null, null), area(2, 9, null, null)] });
    expect(rows.map((row) => row.district_id)).toEqual([2, 1, 0]);
  });
});
