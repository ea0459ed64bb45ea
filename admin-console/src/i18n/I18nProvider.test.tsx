import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { getRequestLanguage } from '../api/language';
import { renderWithConsole } from '../test/renderWithConsole';
import { useI18n } from './useT';

/** Records, in each effect keyed on the language, the language requests are sent in at that moment. */
function Probe({ seen }: { seen: Array<[string, string]> }) {
  const { language, setLanguage } = useI18n();
  useEffect(() => {
    seen.push([language, getRequestLanguage()]);
  }, [language, seen]);
  return (
    <button type="button" onClick={() => setLanguage('en')}>
      {language}
    </button>
  );
}

describe('I18nProvider', () => {
  it('sends requests in the new language as soon as pages see it (lists reloaded on a switch come back in it)', async () => {
    const seen: Array<[string, string]> = [];
    await renderWithConsole(<Probe seen={seen} />, { language: 'hi' });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'hi' }));
    await screen.findByRole('button', { name: 'en' });
    expect(seen).toEqual([
      ['hi', 'hi'],
      ['en', 'en'],
    ]);
  });
});
