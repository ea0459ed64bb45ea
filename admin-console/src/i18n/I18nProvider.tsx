import { useDirection } from '@mantine/core';
import type { FluentBundle } from '@fluent/bundle';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setRequestLanguage } from '../api/language';
import { FullPageLoader } from '../components/FullPageLoader';
import { useConsole } from '../console/useConsole';
import { readPreference, writePreference } from '../preferences';
import { buildBundle, formatMessage } from './bundle';
import { loadLanguageSources } from './catalogue';
import { I18nContext, type I18n } from './context';
import { directionOf } from './direction';
import { chooseLanguage } from './negotiate';

const FALLBACK_LANGUAGE = 'en';

async function loadBundles(language: string): Promise<FluentBundle[]> {
  const chosen = buildBundle(language, await loadLanguageSources(language));
  if (language === FALLBACK_LANGUAGE) return [chosen];
  return [chosen, buildBundle(FALLBACK_LANGUAGE, await loadLanguageSources(FALLBACK_LANGUAGE))];
}

interface Props {
  /** The languages offered (the country's enabled ones). */
  languages: readonly string[];
  /** Used when neither an earlier choice nor the browser's languages match. */
  defaultLanguage: string;
  children: ReactNode;
}

/**
 * Loads the Fluent messages of the chosen language and keeps the page in step with it: `<html lang dir>`, Mantine's
 * direction (right to left for Arabic), and the Accept-Language the API client sends.
 */
export function I18nProvider({ languages, defaultLanguage, children }: Props) {
  const { prefix } = useConsole();
  const [language, setLanguageState] = useState(() =>
    chooseLanguage(languages, readPreference(prefix, 'language'), navigator.languages ?? [], defaultLanguage),
  );
  const [loaded, setLoaded] = useState<{ language: string; bundles: FluentBundle[] }>();
  const { setDirection } = useDirection();
  const direction = directionOf(language);

  useEffect(() => {
    let current = true;
    void loadBundles(language).then((bundles) => {
      if (!current) return;
      // Before the pages see the new language: their effects keyed on it (lists named in the language) run before
      // this provider's own effects, and must already ask the server in it.
      setRequestLanguage(language);
      setLoaded({ language, bundles });
    });
    return () => {
      current = false;
    };
  }, [language]);

  useEffect(() => {
    if (loaded?.language !== language) return;
    document.documentElement.lang = language;
    document.documentElement.dir = direction;
    setDirection(direction);
    setRequestLanguage(language);
  }, [loaded, language, direction, setDirection]);

  const setLanguage = useCallback(
    (tag: string) => {
      if (!languages.includes(tag)) return;
      writePreference(prefix, 'language', tag);
      setLanguageState(tag);
    },
    [languages, prefix],
  );

  const value = useMemo<I18n | undefined>(() => {
    if (!loaded) return undefined;
    const bundles = loaded.bundles;
    // While another language loads, keep showing the previous one rather than a blank page.
    return {
      language: loaded.language,
      languages,
      direction: directionOf(loaded.language),
      setLanguage,
      t: (id, args) => formatMessage(bundles, id, args),
    };
  }, [loaded, languages, setLanguage]);

  if (!value) return <FullPageLoader />;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
