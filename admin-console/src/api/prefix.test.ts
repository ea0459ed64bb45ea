import { describe, expect, it } from 'vitest';
import { apiPrefixOf, isPlatformPrefix } from './prefix';

describe('apiPrefixOf', () => {
  it.each([
    ['/platform/console/', '/platform'],
    ['/t/in/console/', '/t/in'],
    ['/t/in/console/index.html', '/t/in'],
    ['/console/', ''],
    ['/t/eg/console', '/t/eg'],
    ['/somewhere/else', ''],
  ])('%s → %j', (pathname, prefix) => {
    expect(apiPrefixOf(pathname)).toBe(prefix);
  });

  it('tells the NHA console from a country', () => {
    expect(isPlatformPrefix('/platform')).toBe(true);
    expect(isPlatformPrefix('/t/in')).toBe(false);
    expect(isPlatformPrefix('')).toBe(false);
  });
});
