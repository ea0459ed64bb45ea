import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTenantClient } from './clients';
import { setRequestLanguage } from './language';
import { onUnauthorized } from './unauthorized';

function answer(status: number, body: unknown = {}) {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('console middleware', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.cookie = 'cowin_csrf=; max-age=0';
  });

  it('sends the language always and the CSRF token only with changes', async () => {
    const requests: Request[] = [];
    vi.stubGlobal('fetch', async (request: Request) => {
      requests.push(request);
      return answer(200, { facilities: [] });
    });
    document.cookie = 'cowin_csrf=token-123';
    setRequestLanguage('pt-BR');
    const client = createTenantClient('/t/br');
    await client.GET('/api/staff/facilities');
    await client.POST('/api/staff/facilities/{id}/deactivate', { params: { path: { id: 7 } } });

    expect(requests[0]?.url).toBe(`${location.origin}/t/br/api/staff/facilities`);
    expect(requests[0]?.headers.get('Accept-Language')).toBe('pt-BR');
    expect(requests[0]?.headers.get('X-CSRF-Token')).toBeNull();
    expect(requests[1]?.headers.get('X-CSRF-Token')).toBe('token-123');
    expect(requests[1]?.credentials).toBe('same-origin');
  });

  it('reports an ended session, but not a failed sign-in', async () => {
    vi.stubGlobal('fetch', async () => answer(401, { errorCode: 'UNAUTHORIZED', error: 'Sign in.' }));
    const ended = vi.fn();
    const stop = onUnauthorized(ended);
    const client = createTenantClient('');
    await client.POST('/api/staff/session', { body: { email: 'a@b.c', password: 'x' } });
    expect(ended).not.toHaveBeenCalled();
    await client.GET('/api/staff/facilities');
    expect(ended).toHaveBeenCalledTimes(1);
    stop();
  });
});
