import { Group, SegmentedControl, Select } from '@mantine/core';
import { useT } from '../../i18n/useT';
import type { TenantView } from '../api';
import { USAGE_METRIC_LABEL, USAGE_METRICS, type UsageMetric } from '../labels';

export const PERIODS = [7, 30, 90, 365] as const;
export type Period = (typeof PERIODS)[number];

export interface UsageChoice {
  metric: UsageMetric;
  period: Period;
  /** A country code, or '' for all. */
  country: string;
}

interface Props {
  tenants: readonly TenantView[];
  value: UsageChoice;
  onChange: (value: UsageChoice) => void;
}

/** What the usage chart shows: which counter, over how long, for which country. */
export function UsageControls({ tenants, value, onChange }: Props) {
  const t = useT();
  return (
    <Group gap="sm" wrap="wrap" align="flex-end">
      <Select
        label={t('console-nha-usage-metric')}
        data={USAGE_METRICS.map((metric) => ({ value: metric, label: t(USAGE_METRIC_LABEL[metric]) }))}
        value={value.metric}
        onChange={(metric) => metric && onChange({ ...value, metric: metric as UsageMetric })}
        allowDeselect={false}
        w={200}
      />
      <Select
        label={t('console-nha-usage-country')}
        data={[
          { value: '', label: t('console-nha-usage-all-countries') },
          ...tenants.map((tenant) => ({ value: tenant.code, label: `${tenant.code} · ${tenant.name}` })),
        ]}
        value={value.country}
        onChange={(country) => onChange({ ...value, country: country ?? '' })}
        allowDeselect={false}
        w={220}
      />
      <div>
        <SegmentedControl
          aria-label={t('console-nha-usage-period')}
          data={PERIODS.map((days) => ({ value: String(days), label: t('console-nha-usage-days', { days }) }))}
          value={String(value.period)}
          onChange={(period) => onChange({ ...value, period: Number(period) as Period })}
        />
      </div>
    </Group>
  );
}
