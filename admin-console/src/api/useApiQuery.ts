import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { ApiError, NETWORK_ERROR } from './errors';

export interface ApiQuery<T> {
  data: T | undefined;
  error: ApiError | undefined;
  /** True from a (re)load's start until its answer; the previous data stays available meanwhile. */
  loading: boolean;
  /** Loads again (after a change). */
  reload: () => void;
}

function asApiError(cause: unknown): ApiError {
  if (cause instanceof ApiError) return cause;
  // fetch rejects with a TypeError when the network is down.
  return new ApiError(NETWORK_ERROR, '', 0);
}

interface Settled<T> {
  key: string;
  data: T | undefined;
  error: ApiError | undefined;
}

/**
 * Runs `load` whenever `deps` change (compared as JSON, so pass plain values: ids, filter texts, dates as strings)
 * and keeps its answer. An answer that arrives after a newer request started is dropped, so a quick filter change
 * never shows stale rows.
 * `const tenants = useApiQuery(async () => unwrap(await platformApi.GET('/api/tenants')), []);`
 */
export function useApiQuery<T>(load: () => Promise<T>, deps: readonly unknown[]): ApiQuery<T> {
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify([generation, ...deps]);
  const [settled, setSettled] = useState<Settled<T>>({ key: '', data: undefined, error: undefined });
  const runLoad = useEffectEvent(load);

  useEffect(() => {
    let current = true;
    runLoad().then(
      (data) => current && setSettled({ key, data, error: undefined }),
      (cause: unknown) => current && setSettled((old) => ({ key, data: old.data, error: asApiError(cause) })),
    );
    return () => {
      current = false;
    };
  }, [key]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { data: settled.data, error: settled.error, loading: settled.key !== key, reload };
}
