/**
 * Picks the console language: the user's earlier choice, else the first of the browser's languages the console
 * offers (exact tag, then primary subtag), else the fallback (the country's default language).
 */
export function chooseLanguage(
  offered: readonly string[],
  stored: string | null,
  browser: readonly string[],
  fallback: string,
): string {
  if (stored && offered.includes(stored)) return stored;
  const lower = offered.map((tag) => tag.toLowerCase());
  for (const wanted of browser) {
    const exact = lower.indexOf(wanted.toLowerCase());
    if (exact >= 0) return offered[exact] as string;
  }
  for (const wanted of browser) {
    const primary = wanted.split('-')[0]?.toLowerCase();
    const match = lower.findIndex((tag) => tag.split('-')[0] === primary);
    if (match >= 0) return offered[match] as string;
  }
  if (offered.includes(fallback)) return fallback;
  return offered[0] ?? fallback;
}
