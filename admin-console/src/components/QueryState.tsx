import type { ReactNode } from 'react';
import type { ApiQuery } from '../api/useApiQuery';
import { ErrorAlert } from './ErrorAlert';
import { LoadingBlock } from './LoadingBlock';

/**
 * Renders `children(data)` once a query has data, a loader before, an error with a retry on failure:
 * `<QueryState query={tenants}>{(data) => <TenantsTable tenants={data.tenants} />}</QueryState>`.
 */
export function QueryState<T>({ query, children }: { query: ApiQuery<T>; children: (data: T) => ReactNode }) {
  if (query.error && query.data === undefined) return <ErrorAlert error={query.error} onRetry={query.reload} />;
  if (query.data === undefined) return <LoadingBlock />;
  return (
    <>
      {query.error && <ErrorAlert error={query.error} onRetry={query.reload} />}
      {children(query.data)}
    </>
  );
}
