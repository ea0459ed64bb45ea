import { describe, expect, it } from 'vitest';
import { needsCsrfToken, readCookie } from './csrf';

describe('CSRF', () => {
  it('reads the token among other cookies', () => {
    expect(readCookie('a=1; cowin_csrf=abc%3D; b=2', 'cowin_csrf')).toBe('abc=');
    expect(readCookie('cowin_csrf_other=x', 'cowin_csrf')).toBeUndefined();
    expect(readCookie('', 'cowin_csrf')).toBeUndefined();
  });

  it('is sent with every change and not with reads', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'post']) expect(needsCsrfToken(method)).toBe(true);
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(needsCsrfToken(method)).toBe(false);
  });
});
