import { LineChart } from '@mantine/charts';
import { useFormat } from '../../i18n/useFormat';
import { useI18n } from '../../i18n/useT';
import type { UsageRow } from './usageSeries';

const COLORS = ['indigo.7', 'teal.7', 'orange.7', 'grape.7', 'cyan.8', 'red.7', 'lime.8', 'pink.7'];

/** One line per country over the period (a chart from Mantine Charts, drawn by Recharts). */
export function UsageChart({ rows, countries, label }: { rows: UsageRow[]; countries: string[]; label: string }) {
  const f = useFormat();
  const { direction } = useI18n();
  return (
    <LineChart
      h={300}
      data={rows}
      dataKey="day"
      series={countries.map((code, index) => ({ name: code, color: COLORS[index % COLORS.length] as string }))}
      curveType="monotone"
      withLegend
      withDots={rows.length <= 31}
      valueFormatter={(value) => f.number(value)}
      xAxisProps={{ tickFormatter: (day: string) => f.day(day, { day: 'numeric', month: 'short' }), reversed: direction === 'rtl' }}
      yAxisProps={{ orientation: direction === 'rtl' ? 'right' : 'left', allowDecimals: false }}
      aria-label={label}
      role="img"
    />
  );
}
