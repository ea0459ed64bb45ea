import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';

const india = {
  code: 'IN',
  name: 'India',
  default_locale: 'en',
  locales: ['en', 'hi', 'bn'],
  locale: 'en',
  time_zone: 'Asia/Kolkata',
  attribution: 'CoWIN — provided free by the National Health Authority, Government of India; not for sale.',
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A fake country server: the tenant, a staff session that starts signed out, one sign-in. */
function fakeServer() {
  let signedIn = false;
  const calls: string[] = [];
  const fetchMock = vi.fn(async (request: Request) => {
    const { pathname } = new URL(request.url);
    calls.push(`${request.method} ${pathname}`);
    if (pathname === '/api/tenant') return json(200, india);
    if (pathname === '/api/staff/me') {
      return signedIn
        ? json(200, { id: 'u1', name: 'Asha Rao', role: 'tenant_admin', district_ids: [], facility_ids: [] })
        : json(401, { errorCode: 'UNAUTHORIZED', error: 'Sign in first.' });
    }
    if (pathname === '/api/staff/session' && request.method === 'POST') {
      const body = (await request.json()) as { password: string };
      if (body.password !== 'right') {
        return json(401, { errorCode: 'STAFF_LOGIN_FAILED', error: 'The e-mail address or password is not correct.' });
      }
      signedIn = true;
      return json(200, { role: 'tenant_admin', name: 'Asha Rao', csrf_token: 't' });
    }
    return json(404, { errorCode: 'NOT_FOUND', error: 'No such page.' });
  });
  return { fetchMock, calls };
}

describe('the console app', () => {
  beforeEach(() => {
    localStorage.clear();
    Object.defineProperty(navigator, 'languages', { value: ['en-GB'], configurable: true });
  });
  afterEach(() => vi.unstubAllGlobals());

  it("signs a ministry administrator in, showing the server's message on a wrong password", async () => {
    const server = fakeServer();
    vi.stubGlobal('fetch', server.fetchMock);
    const user = userEvent.setup();
    render(<App env="test" />);

    expect(await screen.findByRole('heading', { name: 'Sign in to the vaccination service of India' })).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByText(india.attribution)).toBeVisible();

    await user.type(screen.getByLabelText(/E-mail address/), 'ministry@in.cowin.localhost');
    await user.type(screen.getByLabelText(/Password/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The e-mail address or password is not correct.');

    await user.clear(screen.getByLabelText(/Password/));
    await user.type(screen.getByLabelText(/Password/), 'right');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    // Header and phone menu both have one; jsdom applies no CSS to hide either.
    expect((await screen.findAllByRole('button', { name: 'Sign out' }, { timeout: 3000 })).length).toBeGreaterThan(0);
    expect(screen.getAllByText('Asha Rao').length).toBeGreaterThan(0);
    expect(server.calls).toContain('POST /api/staff/session');
  }, 20_000);

  it('switches to Hindi with the language switcher and remembers it', async () => {
    vi.stubGlobal('fetch', fakeServer().fetchMock);
    const user = userEvent.setup();
    render(<App env="test" />);
    await screen.findByRole('heading', { name: 'Sign in to the vaccination service of India' });

    await user.click(screen.getByRole('textbox', { name: 'Language' }));
    await user.click(await screen.findByRole('option', { name: 'हिन्दी' }));
    expect(await screen.findByRole('heading', { name: 'India की टीकाकरण सेवा में साइन इन करें' })).toBeVisible();
    expect(document.documentElement.lang).toBe('hi');
    expect(document.documentElement.dir).toBe('ltr');
    expect(localStorage.getItem('cowin-console:/:language')).toBe('hi');
  }, 20_000);
});
