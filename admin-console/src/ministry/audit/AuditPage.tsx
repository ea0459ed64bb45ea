import { Autocomplete, Button, Group, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { actorName } from './actorName';
import { AuditTable, type AuditEntry } from './AuditTable';
import { useNotify } from '../common/useNotify';

const PAGE = 100;
/** Action families to filter by (the server matches any prefix). */
const ACTION_PREFIXES = ['staff.', 'facility.', 'session.', 'correction.', 'configuration.', 'aefi.'];

/** The country's audit log, newest first, filtered by action, paged backwards. */
export function AuditPage() {
  const t = useT();
  const notify = useNotify();
  const [actionInput, setActionInput] = useState('');
  const [action, setAction] = useState('');
  const [older, setOlder] = useState<{ action: string; entries: AuditEntry[]; done: boolean }>({ action: '', entries: [], done: false });
  const [loadingOlder, setLoadingOlder] = useState(false);
  const staff = useApiQuery(async () => unwrap(await tenantApi.GET('/api/staff/members')).staff, []);
  const names = useMemo(() => new Map((staff.data ?? []).map((member) => [member.id, member.name])), [staff.data]);
  const firstPage = useApiQuery(
    async () => unwrap(await tenantApi.GET('/api/staff/audit', { params: { query: { limit: PAGE, ...(action ? { action } : {}) } } })).entries,
    [action],
  );
  const extra = older.action === action ? older : { action, entries: [], done: false };

  async function loadOlder(shown: readonly AuditEntry[]) {
    const last = shown[shown.length - 1];
    if (!last) return;
    setLoadingOlder(true);
    try {
      const page = unwrap(
        await tenantApi.GET('/api/staff/audit', { params: { query: { limit: PAGE, before: last.id, ...(action ? { action } : {}) } } }),
      ).entries;
      setOlder({ action, entries: [...extra.entries, ...page], done: page.length < PAGE });
    } catch (error) {
      notify.failure(error);
    } finally {
      setLoadingOlder(false);
    }
  }

  return (
    <Stack gap="md">
      <PageTitle>{t('console-ministry-audit-title')}</PageTitle>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setAction(actionInput.trim());
        }}
      >
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Autocomplete
            label={t('console-ministry-audit-action-filter')}
            description={t('console-ministry-audit-action-hint')}
            data={ACTION_PREFIXES}
            value={actionInput}
            onChange={setActionInput}
            w={280}
          />
          <Button type="submit">{t('console-filter-apply')}</Button>
          {action && (
            <Button
              variant="subtle"
              onClick={() => {
                setActionInput('');
                setAction('');
              }}
            >
              {t('console-filter-clear')}
            </Button>
          )}
        </Group>
      </form>
      <QueryState query={firstPage}>
        {(entries) => {
          const shown = [...entries, ...extra.entries];
          const more = entries.length === PAGE && !extra.done;
          return (
            <Stack gap="sm">
              <AuditTable entries={shown} actorName={(actor) => actorName(actor, names)} />
              {more && (
                <Group>
                  <Button variant="light" loading={loadingOlder} onClick={() => loadOlder(shown)}>
                    {t('console-load-more')}
                  </Button>
                </Group>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
