/** Scripts written right to left; languages are matched on their primary subtag (`ar`, `ar-EG`). */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb']);

export type Direction = 'ltr' | 'rtl';

export function directionOf(tag: string): Direction {
  const primary = tag.split('-')[0]?.toLowerCase() ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}
