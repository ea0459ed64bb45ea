import { describe, expect, it } from 'vitest';
import { tenantToday } from './tenantDay';

describe('tenantToday', () => {
  it('is the day in the country, not on the tablet', () => {
    const lateEvening = new Date('2026-12-04T20:00:00Z');
    expect(tenantToday('Asia/Kolkata', lateEvening)).toBe('05-12-2026');
    expect(tenantToday('America/Sao_Paulo', lateEvening)).toBe('04-12-2026');
  });

  it('falls back to the tablet\'s day for an unknown zone', () => {
    expect(tenantToday('Mars/Olympus', new Date('2026-06-15T12:00:00Z'))).toMatch(/^1[45]-06-2026$/);
  });
});
