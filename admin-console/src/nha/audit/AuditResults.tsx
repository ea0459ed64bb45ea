import { Button, Center, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { readAudit, type AuditEntry } from '../api';
import type { AuditFilter } from './AuditFilters';
import { AuditTable } from './AuditTable';

const PAGE = 100;

/**
 * The newest entries matching a filter, then older pages on request (`before` = the oldest id shown). The page
 * mounts this with the filter as its key, so a new filter starts again from the newest.
 */
export function AuditResults({ filter }: { filter: AuditFilter }) {
  const t = useT();
  const query = { tenant: filter.country || undefined, action: filter.action || undefined, limit: PAGE };
  const first = useApiQuery(() => readAudit(query), [filter.country, filter.action]);
  const [older, setOlder] = useState<AuditEntry[]>([]);
  const [exhausted, setExhausted] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>();

  return (
    <QueryState query={first}>
      {(newest) => {
        const entries = [...newest, ...older];
        const last = entries[entries.length - 1];
        const more = async () => {
          if (!last) return;
          setLoadingMore(true);
          setMoreError(undefined);
          try {
            const page = await readAudit({ ...query, before: last.id });
            setOlder((shown) => [...shown, ...page]);
            if (page.length < PAGE) setExhausted(true);
          } catch (error) {
            setMoreError(error);
          } finally {
            setLoadingMore(false);
          }
        };
        if (entries.length === 0) return <Text>{t('console-nha-audit-none')}</Text>;
        return (
          <Stack>
            <Text size="sm" aria-live="polite">
              {t('console-nha-audit-count', { count: entries.length })}
            </Text>
            <AuditTable entries={entries} />
            {moreError !== undefined && <ErrorAlert error={moreError} />}
            {!exhausted && newest.length === PAGE && (
              <Center>
                <Button variant="default" loading={loadingMore} onClick={() => void more()}>
                  {t('console-load-more')}
                </Button>
              </Center>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
