import { Group, Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useT } from '../../i18n/useT';
import { type Period, type PeriodPreset } from './period';

const PRESET_LABELS: Record<PeriodPreset, string> = {
  last7: 'console-ministry-period-last7',
  last30: 'console-ministry-period-last30',
  last90: 'console-ministry-period-last90',
  month: 'console-ministry-period-month',
  custom: 'console-ministry-period-custom',
};

/** A preset period, or any range of days when "custom" is chosen (never past the country's today). */
export function PeriodPicker({
  preset,
  onPresetChange,
  custom,
  onCustomChange,
  today,
}: {
  preset: PeriodPreset;
  onPresetChange: (preset: PeriodPreset) => void;
  custom: Period | null;
  onCustomChange: (period: Period | null) => void;
  today: string;
}) {
  const t = useT();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t('console-ministry-period-label')}
        data={(Object.keys(PRESET_LABELS) as PeriodPreset[]).map((value) => ({ value, label: t(PRESET_LABELS[value]) }))}
        value={preset}
        onChange={(value) => value && onPresetChange(value as PeriodPreset)}
        allowDeselect={false}
        w={220}
      />
      {preset === 'custom' && (
        <DatePickerInput
          type="range"
          label={t('console-ministry-period-range')}
          value={custom ? [custom.from, custom.to] : [null, null]}
          onChange={([from, to]) => onCustomChange(from && to ? { from, to } : null)}
          maxDate={today}
          allowSingleDateInRange
          w={280}
        />
      )}
    </Group>
  );
}
