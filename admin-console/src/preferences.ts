/**
 * Harmless per-browser preferences (never tokens: the session is an HttpOnly cookie). Keyed by API prefix, so a
 * choice made in one country's console does not leak into another's.
 */
function key(prefix: string, name: string): string {
  return `cowin-console:${prefix || '/'}:${name}`;
}

export function readPreference(prefix: string, name: string): string | null {
  try {
    return localStorage.getItem(key(prefix, name));
  } catch {
    return null;
  }
}

export function writePreference(prefix: string, name: string, value: string): void {
  try {
    localStorage.setItem(key(prefix, name), value);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page only.
  }
}
