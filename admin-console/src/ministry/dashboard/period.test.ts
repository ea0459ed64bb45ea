import { describe, expect, it } from 'vitest';
import { isReportablePeriod, presetPeriod } from './period';

describe('report periods', () => {
  it('ends every preset today', () => {
    expect(presetPeriod('last7', '2026-12-04')).toEqual({ from: '2026-11-28', to: '2026-12-04' });
    expect(presetPeriod('last30', '2026-12-04')).toEqual({ from: '2026-11-05', to: '2026-12-04' });
    expect(presetPeriod('month', '2026-12-04')).toEqual({ from: '2026-12-01', to: '2026-12-04' });
  });

  it('accepts only ranges the server answers', () => {
    expect(isReportablePeriod({ from: '2026-01-01', to: '2026-12-31' })).toBe(true);
    expect(isReportablePeriod({ from: '2026-12-04', to: '2026-12-03' })).toBe(false);
    expect(isReportablePeriod({ from: '2025-01-01', to: '2026-12-31' })).toBe(false);
  });
});
