import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { useAbilities } from './useAbilities';

/**
 * The vaccine codes of the catalogue, for tenant administrators (who may read the configuration); an empty list
 * for district administrators, whose forms suggest the codes their sessions already use.
 */
export function useCatalogueCodes(): string[] {
  const { configure } = useAbilities();
  const query = useApiQuery(async () => {
    if (!configure) return [];
    const answer = unwrap(await tenantApi.GET('/api/staff/configuration'));
    const vaccines = (answer.config as { vaccines?: Array<{ code?: unknown }> }).vaccines ?? [];
    return vaccines.map((vaccine) => (typeof vaccine.code === 'string' ? vaccine.code : '')).filter(Boolean);
  }, [configure]);
  return query.data ?? [];
}
