import { createContext } from 'react';
import type { MessageArgs } from './bundle';
import type { Direction } from './direction';

export interface I18n {
  /** The current language (BCP 47), e.g. `pt-BR`. */
  language: string;
  /** The languages the user may switch between: the country's enabled ones, or every one in the NHA console. */
  languages: readonly string[];
  direction: Direction;
  setLanguage: (tag: string) => void;
  /** The text of message `id`; `t('console-sign-out')`, `t('console-title-country', { country: name })`. */
  t: (id: string, args?: MessageArgs) => string;
}

export const I18nContext = createContext<I18n | null>(null);
