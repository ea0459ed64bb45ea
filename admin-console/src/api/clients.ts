import createClient from 'openapi-fetch';
import type { paths as PlatformPaths } from './generated/platform';
import type { paths as TenantPaths } from './generated/tenant';
import { consoleMiddleware } from './middleware';
import { apiPrefix } from './prefix';

function baseUrl(prefix: string): string {
  return `${location.origin}${prefix}`;
}

/** Looks fetch up on every call (not once at start), so tests can stub it after the clients exist. */
const lateFetch = (request: Request) => globalThis.fetch(request);

/** Creates a typed client of a country's API at `prefix` ('' or '/t/{code}'); exported for tests. */
export function createTenantClient(prefix: string) {
  const client = createClient<TenantPaths>({ baseUrl: baseUrl(prefix), credentials: 'same-origin', fetch: lateFetch });
  client.use(consoleMiddleware);
  return client;
}

/** Creates a typed client of NHA's platform API (paths in the document are relative to `/platform`). */
export function createPlatformClient() {
  const client = createClient<PlatformPaths>({
    baseUrl: baseUrl('/platform'),
    credentials: 'same-origin',
    fetch: lateFetch,
  });
  client.use(consoleMiddleware);
  return client;
}

/** The country this console was opened for: `tenantApi.GET('/api/staff/facilities')`. */
export const tenantApi = createTenantClient(apiPrefix);

/** NHA's platform API: `platformApi.GET('/api/tenants')`. Only meaningful in the NHA console. */
export const platformApi = createPlatformClient();

/** An absolute URL of this console's API, for links and downloads the client does not fetch (CSV exports). */
export function apiUrl(path: string): string {
  return `${apiPrefix}${path}`;
}
