/** NHA's calls to the platform API, one function each, so pages read as what they do. */
import { platformApi } from '../api/clients';
import { unwrap } from '../api/errors';
import type { PlatformSchema } from '../api/types';

export type TenantView = PlatformSchema<'TenantView'>;
export type DayUsage = PlatformSchema<'DayUsage'>;
export type AuditEntry = PlatformSchema<'Entry'>;
export type LicenceEvent = PlatformSchema<'LicenceEventView'>;
export type Applied = PlatformSchema<'Applied'>;
export type Offboarded = PlatformSchema<'Offboarded'>;

export async function listTenants(): Promise<TenantView[]> {
  return unwrap(await platformApi.GET('/api/tenants')).tenants;
}

/** Counters per tenant and day since `from` (`DD-MM-YYYY`), every tenant unless `tenant` is given. */
export async function readUsage(from: string, tenant?: string): Promise<DayUsage[]> {
  return unwrap(await platformApi.GET('/api/usage', { params: { query: { from, tenant } } })).days;
}

export async function suspendTenant(code: string, reason: string): Promise<void> {
  unwrap(await platformApi.POST('/api/tenants/{code}/suspend', { params: { path: { code } }, body: { reason } }));
}

export async function resumeTenant(code: string): Promise<void> {
  unwrap(await platformApi.POST('/api/tenants/{code}/resume', { params: { path: { code } } }));
}

/** Exports then drops the tenant; `confirm` must repeat its code (the server checks it too). */
export async function offboardTenant(code: string, confirm: string): Promise<Offboarded> {
  return unwrap(
    await platformApi.POST('/api/tenants/{code}/offboard', { params: { path: { code } }, body: { confirm } }),
  );
}

/** Uploads a zip of a tenant's configuration folder; the server checks and applies it like `cowin tenant apply`. */
export async function onboardTenant(zip: Blob): Promise<Applied> {
  return unwrap(
    await platformApi.POST('/api/tenants', {
      // The document types the body as a byte array; the zip goes as it is.
      body: zip as unknown as number[],
      bodySerializer: (body) => body as unknown as BodyInit,
      headers: { 'Content-Type': 'application/zip' },
    }),
  );
}

export async function readLicenceEvents(tenant?: string, limit = 200): Promise<LicenceEvent[]> {
  return unwrap(await platformApi.GET('/api/licence-events', { params: { query: { tenant, limit } } })).events;
}

export interface AuditQuery {
  tenant?: string;
  /** Actions starting with this (`tenant.`, `licence.`). */
  action?: string;
  /** Entries older than this id (the next page). */
  before?: number;
  limit?: number;
}

export async function readAudit(query: AuditQuery): Promise<AuditEntry[]> {
  return unwrap(await platformApi.GET('/api/audit', { params: { query } })).entries;
}

/** The signed trust list as served (a compact JWS). */
export async function readTrustList(): Promise<string> {
  return unwrap(await platformApi.GET('/trust-list', { parseAs: 'text' })) as string;
}

export async function readTrustListKeys(): Promise<PlatformSchema<'OkpKey'>[]> {
  return unwrap(await platformApi.GET('/.well-known/jwks.json')).keys;
}
