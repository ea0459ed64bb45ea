import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithConsole } from '../../test/renderWithConsole';
import type { TenantView } from '../api';
import { CountriesTable } from './CountriesTable';

const DAY = 86_400;

function country(code: string, overrides: Partial<TenantView> = {}): TenantView {
  const zero = { registrations: 0, bookings: 0, doses: 0, certificates: 0 };
  return {
    code,
    name: `Country ${code}`,
    status: 'active',
    hostnames: [],
    config_version: 3,
    cluster: 'main',
    licence: { state: 'valid', expires_at: Math.floor(Date.now() / 1000) + 400 * DAY },
    usage: { today: { ...zero, doses: 12 }, last_30_days: { ...zero, doses: 12_345 } },
    ...overrides,
  };
}

describe('CountriesTable', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows status, licence state and expiry, flagging a licence about to end', async () => {
    const soon = Math.floor(Date.now() / 1000) + 10 * DAY + 3600;
    await renderWithConsole(
      <CountriesTable
        tenants={[
          country('IN'),
          country('EG', { status: 'suspended', status_reason: 'Audit pending', licence: { state: 'valid', expires_at: soon } }),
          country('UZ', { licence: { state: 'LICENCE_REVOKED' } }),
          country('BR', { licence: { state: 'valid' }, cluster: 'eu' }),
        ]}
        onChanged={() => {}}
      />,
    );
    const row = (code: string) => within(document.querySelector(`tr[data-country="${code}"]`) as HTMLElement);
    expect(row('IN').getByText('Active')).toBeVisible();
    expect(row('IN').getByText('12,345')).toBeVisible();
    expect(row('EG').getByText('Suspended')).toBeVisible();
    expect(row('EG').getByText('Audit pending')).toBeVisible();
    expect(row('EG').getByText(/days left: 10/)).toBeVisible();
    expect(row('UZ').getByText('Revoked')).toBeVisible();
    expect(row('UZ').getByText('Not given')).toBeVisible();
    expect(row('BR').getByText('Does not expire')).toBeVisible();
    expect(screen.getByRole('columnheader', { name: 'Database cluster' })).toBeVisible();
    expect(row('BR').getByText('eu')).toBeVisible();
    expect(row('IN').getByText('main')).toBeVisible();
    expect(row('EG').getByRole('button', { name: 'Resume Country EG' })).toBeVisible();
    expect(row('IN').getByRole('button', { name: 'Suspend Country IN' })).toBeVisible();
  });

  it('offboards only after the country code is typed, and sends it', async () => {
    const requests: { url: string; body: unknown }[] = [];
    vi.stubGlobal('fetch', async (request: Request) => {
      requests.push({ url: request.url, body: await request.json() });
      return new Response(JSON.stringify({ code: 'BR', archive: 'offboarded/BR.tar', tables: [], objects: 0 }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    });
    const user = userEvent.setup();
    await renderWithConsole(<CountriesTable tenants={[country('BR')]} onChanged={() => {}} />);

    await user.click(screen.getByRole('button', { name: 'Offboard Country BR' }));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Offboard' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByLabelText(/Type the country code BR/), 'EG');
    expect(confirm).toBeDisabled();
    await user.clear(within(dialog).getByLabelText(/Type the country code BR/));
    await user.type(within(dialog).getByLabelText(/Type the country code BR/), 'br');
    expect(confirm).toBeEnabled();
    await user.click(confirm);

    expect(await within(dialog).findByText('Country BR has been offboarded.')).toBeVisible();
    expect(requests).toEqual([{ url: `${location.origin}/platform/api/tenants/BR/offboard`, body: { confirm: 'BR' } }]);
  });
});
