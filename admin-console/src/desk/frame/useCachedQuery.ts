import { ApiError, NETWORK_ERROR } from '../../api/errors';
import { useApiQuery, type ApiQuery } from '../../api/useApiQuery';
import { reachWithCache, type Fetched } from '../offline/deskCache';
import type { DeskServices } from '../offline/deskServices';
import type { Reached } from '../offline/reached';

/**
 * A query whose last answer is kept in the desk's database under `key` and shown when the network is down
 * (`data.fromCache` says so). Failures come back as ApiError, as with useApiQuery.
 */
export function useCachedQuery<T>(
  services: DeskServices,
  key: string,
  load: () => Promise<Reached<T>>,
): ApiQuery<Fetched<T>> {
  return useApiQuery(async () => {
    const reached = await reachWithCache(services.db, key, load);
    if (reached.kind === 'ok') {
      services.noteReachable(!reached.data.fromCache);
      return reached.data;
    }
    services.noteReachable(reached.kind !== 'unreachable');
    if (reached.kind === 'unreachable') throw new ApiError(NETWORK_ERROR, '', 0);
    throw new ApiError(reached.errorCode, reached.error, reached.status);
  }, [services, key]);
}
