import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { ChartFigure } from './ChartFigure';
import { CsvExportButton } from './CsvExportButton';
import { doseKey, vaccineDoseMatrix, type DoseReport } from './reportData';
import { ReportSection } from './ReportSection';
import { TableScroll } from '../common/TableScroll';

const DOSE_COLOURS = ['indigo.6', 'cyan.6', 'grape.6', 'orange.6', 'lime.7', 'pink.6'];

/** Doses per vaccine, stacked by dose number. */
export function DosesByVaccine({ report }: { report: DoseReport }) {
  const t = useT();
  const f = useFormat();
  const title = t('console-ministry-report-by-vaccine');
  const { rows, doses } = vaccineDoseMatrix(report);
  const note =
    report.by_vaccine_period === 'since_start'
      ? t('console-ministry-report-by-vaccine-since-start')
      : t('console-ministry-report-by-vaccine-period');
  return (
    <ReportSection
      title={title}
      note={note}
      exportButton={<CsvExportButton table="by-vaccine" from={report.from} to={report.to} label={title} />}
      chart={
        <ChartFigure label={`${title}. ${note}`} isEmpty={rows.length === 0} empty={t('console-empty')}>
          <BarChart
            h={260}
            data={rows}
            dataKey="vaccine"
            type="stacked"
            withLegend
            series={doses.map((dose, index) => ({
              name: doseKey(dose),
              label: t('console-ministry-report-dose-number', { dose }),
              color: DOSE_COLOURS[index % DOSE_COLOURS.length] ?? 'gray.6',
            }))}
            valueFormatter={(value) => f.number(value)}
            yAxisProps={{ allowDecimals: false }}
          />
        </ChartFigure>
      }
      table={
        <TableScroll label={t('console-ministry-report-table', { title })} minWidth={320}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('console-ministry-report-vaccine')}</Table.Th>
                <Table.Th scope="col">{t('console-ministry-report-dose')}</Table.Th>
                <Table.Th scope="col">{t('console-ministry-report-doses')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.by_vaccine.map((mix) => (
                <Table.Tr key={`${mix.vaccine}-${mix.dose}`}>
                  <Table.Td>{mix.vaccine}</Table.Td>
                  <Table.Td>{f.number(mix.dose)}</Table.Td>
                  <Table.Td>{f.number(mix.doses)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      }
    />
  );
}
