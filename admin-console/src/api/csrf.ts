/** The readable cookie the server sets next to the HttpOnly session cookie (double-submit CSRF protection). */
export const CSRF_COOKIE = 'cowin_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** The value of `name` in a `document.cookie` string, or undefined. */
export function readCookie(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** Methods that change nothing need no CSRF token. */
export function needsCsrfToken(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}
