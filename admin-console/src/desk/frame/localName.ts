/** A name given per language (`{en: 'Victoria Hospital', hi: '...'}`) in `language`, else the default, else any. */
export function localName(names: Record<string, string>, language: string, defaultLanguage?: string): string {
  return (
    names[language] ??
    names[language.split('-')[0] ?? ''] ??
    (defaultLanguage ? names[defaultLanguage] : undefined) ??
    names.en ??
    Object.values(names)[0] ??
    ''
  );
}
