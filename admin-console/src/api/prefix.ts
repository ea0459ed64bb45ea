/**
 * The console is served at `/platform/console/`, `/t/{code}/console/` and `/console/` (a country's own hostname).
 * Everything before `/console/` is the API prefix; it fixes which tenant (or the platform) every request goes to, so
 * nothing of one tenant can be asked for under another.
 */
export function apiPrefixOf(pathname: string): string {
  const at = pathname.indexOf('/console/');
  if (at >= 0) return pathname.slice(0, at);
  // `/t/in/console` without its trailing slash (the server normally redirects, but be forgiving).
  if (pathname.endsWith('/console')) return pathname.slice(0, -'/console'.length);
  return '';
}

/** Whether the prefix is the platform's (the NHA console) rather than a country's. */
export function isPlatformPrefix(prefix: string): boolean {
  return prefix === '/platform';
}

/** The prefix of the page this code runs in. */
export const apiPrefix: string = apiPrefixOf(typeof location === 'undefined' ? '' : location.pathname);

/** Whether this page is the NHA console. */
export const isPlatformConsole: boolean = isPlatformPrefix(apiPrefix);
