import { AreaChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { useFormat } from '../../i18n/useFormat';
import { useI18n, useT } from '../../i18n/useT';
import { ChartFigure } from './ChartFigure';
import { CsvExportButton } from './CsvExportButton';
import type { DoseReport } from './reportData';
import { ReportSection } from './ReportSection';
import { TableScroll } from '../common/TableScroll';

/** Doses given on each day of the period. */
export function DosesByDay({ report }: { report: DoseReport }) {
  const t = useT();
  const f = useFormat();
  const { direction } = useI18n();
  const title = t('console-ministry-report-by-day');
  const data = report.by_day.map((day) => ({ day: f.day(day.date, { day: 'numeric', month: 'short' }), doses: day.doses }));
  return (
    <ReportSection
      title={title}
      exportButton={<CsvExportButton table="by-day" from={report.from} to={report.to} label={title} />}
      chart={
        <ChartFigure label={title} isEmpty={report.by_day.length === 0} empty={t('console-empty')}>
          <AreaChart
            h={260}
            data={data}
            dataKey="day"
            series={[{ name: 'doses', label: t('console-ministry-report-doses'), color: 'blue.6' }]}
            curveType="monotone"
            valueFormatter={(value) => f.number(value)}
            // Time runs right to left in a right-to-left language, with the counts on the right.
            xAxisProps={{ reversed: direction === 'rtl' }}
            yAxisProps={{ allowDecimals: false, orientation: direction === 'rtl' ? 'right' : 'left' }}
            withDots={data.length <= 31}
          />
        </ChartFigure>
      }
      table={
        <TableScroll label={t('console-ministry-report-table', { title })} minWidth={280} maxHeight={320}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('console-ministry-report-day')}</Table.Th>
                <Table.Th scope="col">{t('console-ministry-report-doses')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.by_day.map((day) => (
                <Table.Tr key={day.date}>
                  <Table.Td>{f.day(day.date)}</Table.Td>
                  <Table.Td>{f.number(day.doses)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      }
    />
  );
}
