import { Accordion, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { QueryState } from '../../components/QueryState';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { readUsage, type TenantView } from '../api';
import { USAGE_METRIC_LABEL } from '../labels';
import { UsageChart } from './UsageChart';
import { UsageControls, type UsageChoice } from './UsageControls';
import { periodStart, usageRows, usageTotals } from './usageSeries';
import { UsageTable } from './UsageTable';

/** Usage over time: a counter per country and day, with the figures behind the chart one click away. */
export function UsagePanel({ tenants }: { tenants: readonly TenantView[] }) {
  const t = useT();
  const f = useFormat();
  const [choice, setChoice] = useState<UsageChoice>({ metric: 'doses', period: 30, country: '' });
  const from = periodStart(choice.period);
  const usage = useApiQuery(() => readUsage(from, choice.country || undefined), [from, choice.country]);
  const countries = choice.country ? [choice.country] : tenants.map((tenant) => tenant.code);
  const metricLabel = t(USAGE_METRIC_LABEL[choice.metric]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="usage-heading">
      <Stack>
        <Title order={2} size="h3" id="usage-heading">
          {t('console-nha-usage-title')}
        </Title>
        <UsageControls tenants={tenants} value={choice} onChange={setChoice} />
        <QueryState query={usage}>
          {(days) => {
            const rows = usageRows(days, choice.metric, countries, from);
            const totals = usageTotals(days, choice.metric);
            const total = [...totals.values()].reduce((sum, n) => sum + n, 0);
            return (
              <Stack>
                <Text size="sm" aria-live="polite">
                  {t('console-nha-usage-summary', { metric: metricLabel, total: f.number(total), days: choice.period })}
                </Text>
                <UsageChart
                  rows={rows}
                  countries={countries}
                  label={t('console-nha-usage-chart-label', { metric: metricLabel, days: choice.period })}
                />
                <Accordion variant="contained">
                  <Accordion.Item value="table">
                    <Accordion.Control>{t('console-nha-usage-show-table')}</Accordion.Control>
                    <Accordion.Panel>
                      <UsageTable rows={rows} countries={countries} />
                    </Accordion.Panel>
                  </Accordion.Item>
                </Accordion>
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </Paper>
  );
}
