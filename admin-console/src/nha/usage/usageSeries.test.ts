import { describe, expect, it } from 'vitest';
import type { DayUsage } from '../api';
import { periodStart, usageRows, usageTotals } from './usageSeries';

function day(tenant: string, date: string, doses: number): DayUsage {
  return { tenant, date, doses, registrations: 1, bookings: 2, certificates: 3 };
}

describe('usage series', () => {
  const today = new Date(Date.UTC(2026, 11, 4, 15, 30));

  it('starts a period so that it includes today', () => {
    expect(periodStart(1, today)).toBe('04-12-2026');
    expect(periodStart(7, today)).toBe('28-11-2026');
  });

  it('lists every day oldest first, with zero for days without activity', () => {
    const rows = usageRows([day('IN', '03-12-2026', 5), day('EG', '01-12-2026', 2)], 'doses', ['IN', 'EG'], '01-12-2026', today);
    expect(rows).toEqual([
      { day: '01-12-2026', IN: 0, EG: 2 },
      { day: '02-12-2026', IN: 0, EG: 0 },
      { day: '03-12-2026', IN: 5, EG: 0 },
      { day: '04-12-2026', IN: 0, EG: 0 },
    ]);
  });

  it('reads the chosen counter', () => {
    const rows = usageRows([day('IN', '04-12-2026', 5)], 'certificates', ['IN'], '04-12-2026', today);
    expect(rows).toEqual([{ day: '04-12-2026', IN: 3 }]);
  });

  it('gives nothing for a malformed start', () => {
    expect(usageRows([], 'doses', ['IN'], '2026-12-01', today)).toEqual([]);
  });

  it('totals per country', () => {
    const totals = usageTotals([day('IN', '03-12-2026', 5), day('IN', '04-12-2026', 1), day('EG', '04-12-2026', 2)], 'doses');
    expect(Object.fromEntries(totals)).toEqual({ IN: 6, EG: 2 });
  });
});
