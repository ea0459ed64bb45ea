import { SimpleGrid, TextInput } from '@mantine/core';
import { nativeLanguageName } from '../../i18n/languageNames';
import type { LocalisedText } from './model';

/** One input per language of a text the country writes in each of its languages. */
export function LocalisedFields({
  label,
  value,
  locales,
  required,
  onChange,
}: {
  /** The label of one language's input, given that language's name. */
  label: (language: string) => string;
  value: LocalisedText;
  locales: readonly string[];
  required?: string;
  onChange: (value: LocalisedText) => void;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: Math.min(locales.length, 3) }} spacing="xs">
      {locales.map((tag) => (
        <TextInput
          key={tag}
          lang={tag}
          label={label(nativeLanguageName(tag))}
          withAsterisk={tag === required}
          value={value[tag] ?? ''}
          onChange={(event) => {
            const text = event.currentTarget.value;
            const next = { ...value };
            if (text === '') delete next[tag];
            else next[tag] = text;
            onChange(next);
          }}
        />
      ))}
    </SimpleGrid>
  );
}
