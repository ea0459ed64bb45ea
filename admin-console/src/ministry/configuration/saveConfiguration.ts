import { tenantApi } from '../../api/clients';
import { toApiError } from '../../api/errors';
import { problemsOf, type TenantConfig } from './model';

/** What became of a save: a new version, refused with the problems `cowin tenant check` found, or overtaken. */
export type SaveOutcome =
  | { kind: 'saved'; version: number }
  | { kind: 'invalid'; message: string; problems: string[] }
  | { kind: 'conflict'; message: string }
  | { kind: 'failed'; error: unknown };

/**
 * The OpenAPI document types `config` as a bare object (its shape is tenant.toml's, typed in model.ts), which the
 * generator makes an object of no known keys; this is the one place the two types meet.
 */
export function asApiObject(config: TenantConfig): Record<string, never> {
  return config as unknown as Record<string, never>;
}

/** Applies a changed configuration made from version `basedOn`. */
export async function saveConfiguration(basedOn: number, config: TenantConfig): Promise<SaveOutcome> {
  try {
    const result = await tenantApi.PUT('/api/staff/configuration', { body: { based_on_version: basedOn, config: asApiObject(config) } });
    if (result.response.ok && result.data) return { kind: 'saved', version: result.data.version };
    const error = toApiError(result.error, result.response.status);
    if (result.response.status === 422) return { kind: 'invalid', message: error.message, problems: problemsOf(result.error) };
    if (result.response.status === 409 || error.errorCode === 'CONFIGURATION_CHANGED') return { kind: 'conflict', message: error.message };
    return { kind: 'failed', error };
  } catch (cause) {
    return { kind: 'failed', error: cause };
  }
}
