import { Group, Select, Stack } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useState } from 'react';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import type { TenantSchema } from '../../api/types';
import { useApiQuery } from '../../api/useApiQuery';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { isoToApi } from '../common/days';
import { useAreas, useDistrictName } from '../common/useAreas';
import { useFacilities, useFacilityName } from '../common/useFacilities';
import { useTenantDay } from '../common/useTenantDay';
import { AefiTable } from './AefiTable';
import { SEVERITY_LABELS } from './labels';

type Severity = TenantSchema<'Severity'>;

/** Adverse events following immunisation reported in the administrator's scope, most recent onset first. */
export function AefiPage() {
  const t = useT();
  const today = useTenantDay();
  const areas = useAreas();
  const facilities = useFacilities();
  const districtName = useDistrictName(areas.data);
  const facilityName = useFacilityName(facilities.data);
  const [severity, setSeverity] = useState<string | null>(null);
  const [range, setRange] = useState<[string | null, string | null]>([null, null]);
  const from = range[0] ? isoToApi(range[0]) : undefined;
  const to = range[1] ? isoToApi(range[1]) : undefined;
  const reports = useApiQuery(
    async () =>
      unwrap(
        await tenantApi.GET('/api/staff/aefi', {
          params: {
            query: {
              ...(severity ? { severity: severity as Severity } : {}),
              ...(from ? { from } : {}),
              ...(to ? { to } : {}),
            },
          },
        }),
      ).reports,
    [severity, from, to],
  );

  return (
    <Stack gap="md">
      <PageTitle>{t('console-ministry-aefi-title')}</PageTitle>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('console-ministry-aefi-severity')}
          placeholder={t('console-ministry-aefi-any-severity')}
          data={Object.entries(SEVERITY_LABELS).map(([value, id]) => ({ value, label: t(id) }))}
          value={severity}
          onChange={setSeverity}
          clearable
          w={200}
        />
        <DatePickerInput
          type="range"
          label={t('console-ministry-aefi-onset-range')}
          value={range}
          onChange={(value) => setRange([value[0] ?? null, value[1] ?? null])}
          maxDate={today}
          allowSingleDateInRange
          clearable
          w={280}
        />
      </Group>
      <QueryState query={reports}>
        {(list) => <AefiTable reports={list} districtName={districtName} facilityName={facilityName} />}
      </QueryState>
    </Stack>
  );
}
