import { Select } from '@mantine/core';
import { nativeLanguageName } from './languageNames';
import { useI18n } from './useT';

/** Switches between the languages the country enables (every console language for NHA). */
export function LanguageSwitcher() {
  const { language, languages, setLanguage, t } = useI18n();
  if (languages.length < 2) return null;
  const data = languages.map((tag) => ({ value: tag, label: nativeLanguageName(tag) }));
  return (
    <Select
      aria-label={t('console-language-label')}
      data={data}
      value={language}
      onChange={(tag) => tag && setLanguage(tag)}
      allowDeselect={false}
      checkIconPosition="right"
      w={150}
      size="sm"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
