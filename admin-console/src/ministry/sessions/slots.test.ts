import { describe, expect, it } from 'vitest';
import { isSlot, slotsBetween, toTwelveHour } from './slots';

describe('slots', () => {
  it('accepts CoWIN slots only', () => {
    expect(isSlot('09:00AM-11:00AM')).toBe(true);
    expect(isSlot('12:30PM-01:00PM')).toBe(true);
    expect(isSlot('9:00AM-11:00AM')).toBe(false);
    expect(isSlot('13:00PM-14:00PM')).toBe(false);
    expect(isSlot('09:00-11:00')).toBe(false);
  });

  it('writes times on the 12-hour clock', () => {
    expect(toTwelveHour('00:15')).toBe('12:15AM');
    expect(toTwelveHour('12:00')).toBe('12:00PM');
    expect(toTwelveHour('17:30')).toBe('05:30PM');
  });

  it('divides opening hours into slots', () => {
    expect(slotsBetween('09:00', '16:00')).toEqual([
      '09:00AM-11:00AM',
      '11:00AM-01:00PM',
      '01:00PM-03:00PM',
      '03:00PM-04:00PM',
    ]);
    expect(slotsBetween('10:00', '10:00')).toEqual([]);
  });
});
