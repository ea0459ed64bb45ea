/**
 * The console's translations: the repository's top-level `locales/<tag>/console*.ftl`, the same files the server
 * reads, bundled at build time and loaded lazily per language.
 */
const sources = import.meta.glob<string>('../../../locales/*/console*.ftl', { query: '?raw', import: 'default' });

/** The language folder a glob key names: `../../../locales/pt-BR/console.ftl` → `pt-BR`. */
export function tagOfPath(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 2] ?? '';
}

/** Every language the console has translations for (the NHA console offers them all). */
export const consoleLanguages: readonly string[] = [...new Set(Object.keys(sources).map(tagOfPath))].sort();

/** The texts of every console*.ftl file of `tag`. */
export async function loadLanguageSources(tag: string): Promise<string[]> {
  const loaders = Object.entries(sources)
    .filter(([path]) => tagOfPath(path) === tag)
    .map(([, load]) => load());
  return Promise.all(loaders);
}
