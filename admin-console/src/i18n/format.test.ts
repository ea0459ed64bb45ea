import { describe, expect, it } from 'vitest';
import { formatApiDay, formatDate, formatDateTime, formatNumber, parseApiDay, regionalLocale, toApiDay } from './format';

describe('API days', () => {
  it('parses DD-MM-YYYY as that day in UTC and writes it back', () => {
    const day = parseApiDay('25-11-2026');
    expect(day?.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(toApiDay(day as Date)).toBe('25-11-2026');
  });

  it('refuses other shapes', () => {
    expect(parseApiDay('2026-11-25')).toBeUndefined();
    expect(parseApiDay('')).toBeUndefined();
  });
});

describe('formatting', () => {
  it('formats a day in the language, whatever the local time zone', () => {
    expect(formatApiDay('en-GB', '01-12-2026')).toBe('1 Dec 2026');
    expect(formatApiDay('ru', '01-12-2026', { day: 'numeric', month: 'long' })).toBe('1 декабря');
  });

  it('leaves a malformed day as it came', () => {
    expect(formatApiDay('en', 'soon')).toBe('soon');
  });

  it('formats instants in a given time zone, from text or epoch seconds', () => {
    expect(formatDateTime('en-GB', '2026-12-04T17:00:00Z', 'Asia/Kolkata')).toBe('4 Dec 2026, 22:30');
    expect(formatDate('en-GB', 1_796_403_600, 'UTC', { dateStyle: 'short' })).toBe('04/12/2026');
    expect(formatDate('en-GB', 1_796_403_600, 'UTC')).toBe('4 Dec 2026');
    expect(formatDateTime('en-GB', 1_796_403_600, 'UTC', { day: 'numeric', month: 'short' })).toBe('4 Dec');
  });

  it("uses the language's digits and separators", () => {
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
    expect(formatNumber('hi', 1234567)).toBe('12,34,567');
    expect(formatNumber('ar-EG', 12)).toBe('١٢');
  });

  it("writes a language as the country does: English in India groups in lakhs, Marathi in Devanagari digits", () => {
    expect(regionalLocale('en', 'IN')).toBe('en-IN');
    expect(regionalLocale('pt-BR', 'BR')).toBe('pt-BR');
    expect(regionalLocale('en')).toBe('en');
    expect(formatNumber(regionalLocale('en', 'IN'), 1234567)).toBe('12,34,567');
    expect(formatNumber(regionalLocale('mr', 'IN'), 42)).toBe('४२');
    expect(formatApiDay(regionalLocale('fr', 'SN'), '04-12-2026', { dateStyle: 'long' })).toBe('4 décembre 2026');
  });
});
