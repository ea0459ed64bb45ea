import { Select, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useI18n, useT } from '../../i18n/useT';
import { DecisionModal } from './DecisionModal';
import { STATUS_FILTERS, type Decision } from './labels';
import { RequestsTable, type CitizenRequest } from './RequestsTable';

/** Citizens' requests (corrections and grievances) of a status; a tenant administrator approves, resolves or rejects. */
export function RequestsPage() {
  const t = useT();
  const { language } = useI18n();
  const [status, setStatus] = useState('open');
  const [deciding, setDeciding] = useState<{ request: CitizenRequest; decision: Decision }>();
  const requests = useApiQuery(
    async () => unwrap(await tenantApi.GET('/api/staff/requests', { params: { query: { status } } })).requests,
    [status],
  );
  // The country's genders, named in the console's language, for gender corrections (the id while they load).
  const genders = useApiQuery(async () => unwrap(await tenantApi.GET('/api/v2/registration/beneficiary/genders')).genders, [language]);
  const genderName = useMemo(() => {
    const names = new Map((genders.data ?? []).map((gender) => [gender.id, gender.gender_l || gender.gender]));
    return (id: number) => names.get(id);
  }, [genders.data]);

  return (
    <Stack gap="md">
      <PageTitle>{t('console-ministry-requests-title')}</PageTitle>
      <Select
        label={t('console-ministry-requests-status-filter')}
        data={STATUS_FILTERS.map((filter) => ({ value: filter.value, label: t(filter.labelId) }))}
        value={status}
        onChange={(value) => setStatus(value ?? 'open')}
        allowDeselect={false}
        w={220}
      />
      <QueryState query={requests}>
        {(list) => <RequestsTable requests={list} genderName={genderName} onDecide={(request, decision) => setDeciding({ request, decision })} />}
      </QueryState>
      {deciding && (
        <DecisionModal
          request={deciding.request}
          decision={deciding.decision}
          onClose={() => setDeciding(undefined)}
          onDecided={() => {
            setDeciding(undefined);
            requests.reload();
          }}
        />
      )}
    </Stack>
  );
}
