import { Alert, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { isoToApi } from '../common/days';
import { useTenantDay } from '../common/useTenantDay';
import { Coverage } from './Coverage';
import { DosesByArea } from './DosesByArea';
import { DosesByDay } from './DosesByDay';
import { DosesByVaccine } from './DosesByVaccine';
import { isReportablePeriod, presetPeriod, type Period, type PeriodPreset } from './period';
import { PeriodPicker } from './PeriodPicker';

/** How the campaign is going in the administrator's scope: doses by day, area, vaccine and dose, and coverage. */
export function DashboardPage() {
  const t = useT();
  const f = useFormat();
  const today = useTenantDay();
  const [preset, setPreset] = useState<PeriodPreset>('last30');
  const [custom, setCustom] = useState<Period | null>(null);
  const period: Period | null = preset === 'custom' ? custom : presetPeriod(preset, today);
  const valid = period !== null && isReportablePeriod(period);
  const from = valid ? isoToApi(period.from) : undefined;
  const to = valid ? isoToApi(period.to) : undefined;

  const report = useApiQuery(async () => {
    if (!from || !to) return undefined;
    return unwrap(await tenantApi.GET('/api/staff/reports/doses', { params: { query: { from, to } } }));
  }, [from, to]);

  return (
    <Stack gap="md">
      <PageTitle>{t('console-ministry-dashboard-title')}</PageTitle>
      <PeriodPicker preset={preset} onPresetChange={setPreset} custom={custom} onCustomChange={setCustom} today={today} />
      {period !== null && !valid && (
        <Alert color="yellow" role="status">
          {t('console-ministry-period-too-long')}
        </Alert>
      )}
      {period === null && <Text size="sm">{t('console-ministry-period-choose')}</Text>}
      {valid && (
        <QueryState query={report}>
          {(data) =>
            data && (
              <Stack gap="md">
                <Card withBorder padding="md" radius="md">
                  <Group justify="space-between" wrap="wrap">
                    <div>
                      <Text size="sm" c="dimmed">
                        {t('console-ministry-dashboard-total', { from: f.day(data.from), to: f.day(data.to) })}
                      </Text>
                      <Text size="xl" fw={700} data-testid="dose-total">
                        {f.number(data.total)}
                      </Text>
                    </div>
                  </Group>
                </Card>
                <DosesByDay report={data} />
                <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
                  <DosesByVaccine report={data} />
                  <DosesByArea report={data} />
                </SimpleGrid>
                <Coverage report={data} />
              </Stack>
            )
          }
        </QueryState>
      )}
    </Stack>
  );
}
