import { useContext } from 'react';
import { I18nContext, type I18n } from './context';

/** The whole i18n state: language, languages, direction, setLanguage, t. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside <I18nProvider>');
  return i18n;
}

/** The translate function: `const t = useT(); t('console-sign-in-title')`. */
export function useT(): I18n['t'] {
  return useI18n().t;
}
