import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { ChartFigure } from './ChartFigure';
import { CsvExportButton } from './CsvExportButton';
import { coverageRows, type DoseReport } from './reportData';
import { ReportSection } from './ReportSection';
import { TableScroll } from '../common/TableScroll';

/** First-dose coverage against the population, for districts whose population the configuration gives. */
export function Coverage({ report }: { report: DoseReport }) {
  const t = useT();
  const f = useFormat();
  const title = t('console-ministry-report-coverage');
  const rows = coverageRows(report);
  const percent = (value: number) => f.number(value / 100, { style: 'percent', maximumSignificantDigits: 3 });
  return (
    <ReportSection
      title={title}
      note={t('console-ministry-report-coverage-note')}
      exportButton={<CsvExportButton table="by-area" from={report.from} to={report.to} label={title} />}
      chart={
        <ChartFigure label={title} isEmpty={rows.length === 0} empty={t('console-ministry-report-coverage-none')}>
          <BarChart
            h={Math.max(160, 40 * rows.length + 40)}
            data={rows.map((row) => ({ district: row.district_name, coverage: row.coveragePercent }))}
            dataKey="district"
            orientation="vertical"
            yAxisProps={{ width: 120 }}
            series={[{ name: 'coverage', label: t('console-ministry-report-coverage-series'), color: 'green.7' }]}
            valueFormatter={percent}
          />
        </ChartFigure>
      }
      table={
        <TableScroll label={t('console-ministry-report-table', { title })} minWidth={480}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('console-ministry-report-district')}</Table.Th>
                <Table.Th scope="col">{t('console-ministry-report-first-doses')}</Table.Th>
                <Table.Th scope="col">{t('console-ministry-report-population')}</Table.Th>
                <Table.Th scope="col">{t('console-ministry-report-coverage-series')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.district_id}>
                  <Table.Td>{row.district_name}</Table.Td>
                  <Table.Td>{f.number(row.first_doses)}</Table.Td>
                  <Table.Td>{f.number(row.population ?? 0)}</Table.Td>
                  <Table.Td>{percent(row.coveragePercent)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      }
    />
  );
}
