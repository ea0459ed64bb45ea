import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithConsole } from '../../test/renderWithConsole';
import { SaveOutcomeAlert } from './SaveOutcomeAlert';

const tenant = { code: 'IN', name: 'India', default_locale: 'en', locales: ['en'], locale: 'en', time_zone: 'Asia/Kolkata', attribution: '' };

describe('SaveOutcomeAlert', () => {
  it('lists every problem of a refused save', async () => {
    await renderWithConsole(
      <SaveOutcomeAlert outcome={{ kind: 'invalid', message: 'not valid', problems: ['states[0].name: empty', 'branding.primary_colour: bad'] }} onReload={() => {}} />,
      { tenant },
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The configuration was not saved');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['states[0].name: empty', 'branding.primary_colour: bad']);
  });

  it('offers the latest version when someone saved first', async () => {
    const reload = vi.fn();
    await renderWithConsole(<SaveOutcomeAlert outcome={{ kind: 'conflict', message: 'Changed by someone else' }} onReload={reload} />, { tenant });
    expect(screen.getByRole('alert')).toHaveTextContent('Changed by someone else');
    await userEvent.click(screen.getByRole('button', { name: 'Load the latest version' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('shows nothing after a save', async () => {
    await renderWithConsole(<SaveOutcomeAlert outcome={{ kind: 'saved', version: 2 }} onReload={() => {}} />, { tenant });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
