/**
 * A text the country writes in each of its languages (`{"en": "Victoria Hospital", "hi": "विक्टोरिया अस्पताल"}`),
 * shown in the console's language: the exact tag, else its language alone (`pt` for `pt-BR`), else the country's
 * default, else English, else whichever is written. The same order the server uses.
 */
export function localText(
  text: Readonly<Record<string, string>> | undefined,
  language: string,
  fallback = 'en',
): string {
  if (!text) return '';
  const base = language.split('-')[0] ?? language;
  const found =
    text[language] ??
    Object.entries(text).find(([tag]) => tag === base || tag.split('-')[0] === base)?.[1] ??
    text[fallback] ??
    text.en ??
    Object.values(text)[0];
  return found ?? '';
}
