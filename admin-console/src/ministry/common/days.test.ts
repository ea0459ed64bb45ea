import { describe, expect, it } from 'vitest';
import { addDays, apiToIso, dayRange, daysBetween, isoToApi, startOfMonth, startOfWeek, todayIn } from './days';

describe('days', () => {
  it('converts between the API and ISO forms', () => {
    expect(isoToApi('2026-12-04')).toBe('04-12-2026');
    expect(apiToIso('04-12-2026')).toBe('2026-12-04');
    expect(isoToApi('04-12-2026')).toBeUndefined();
    expect(apiToIso('2026-12-04')).toBeUndefined();
  });

  it('counts days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-01', '2026-12-31')).toBe(30);
  });

  it('finds the Monday of a week and the first of a month', () => {
    expect(startOfWeek('2026-12-04')).toBe('2026-11-30'); // a Friday
    expect(startOfWeek('2026-11-30')).toBe('2026-11-30');
    expect(startOfWeek('2026-12-06')).toBe('2026-11-30'); // a Sunday
    expect(startOfMonth('2026-12-24')).toBe('2026-12-01');
  });

  it('lists consecutive days', () => {
    expect(dayRange('2026-12-30', 3)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
  });

  it('takes today in the country, not the browser', () => {
    const lateUtc = new Date('2026-12-04T20:00:00Z');
    expect(todayIn('Asia/Kolkata', lateUtc)).toBe('2026-12-05');
    expect(todayIn('America/Sao_Paulo', lateUtc)).toBe('2026-12-04');
  });
});
