import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { ChartFigure } from './ChartFigure';
import { CsvExportButton } from './CsvExportButton';
import { areasByDoses, type DoseReport } from './reportData';
import { ReportSection } from './ReportSection';
import { TableScroll } from '../common/TableScroll';

/** Doses per district in the period, with first doses and population (the by-area CSV has the same columns). */
export function DosesByArea({ report }: { report: DoseReport }) {
  const t = useT();
  const f = useFormat();
  const title = t('console-ministry-report-by-area');
  const areas = areasByDoses(report);
  const name = (area: (typeof areas)[number]) =>
    area.district_id === 0 ? t('console-ministry-report-no-facility') : area.district_name;
  const data = areas.map((area) => ({ district: name(area), doses: area.doses }));
  return (
    <ReportSection
      title={title}
      exportButton={<CsvExportButton table="by-area" from={report.from} to={report.to} label={title} />}
      chart={
        <ChartFigure label={title} isEmpty={areas.length === 0} empty={t('console-empty')}>
          <BarChart
            h={Math.max(160, 40 * data.length + 40)}
            data={data}
            dataKey="district"
            orientation="vertical"
            yAxisProps={{ width: 120 }}
            xAxisProps={{ allowDecimals: false }}
            series={[{ name: 'doses', label: t('console-ministry-report-doses'), color: 'teal.6' }]}
            valueFormatter={(value) => f.number(value)}
          />
        </ChartFigure>
      }
      table={
        <TableScroll label={t('console-ministry-report-table', { title })} minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('console-ministry-report-state')}</Table.Th>
                <Table.Th scope="col">{t('console-ministry-report-district')}</Table.Th>
                <Table.Th scope="col">{t('console-ministry-report-doses')}</Table.Th>
                <Table.Th scope="col">{t('console-ministry-report-first-doses')}</Table.Th>
                <Table.Th scope="col">{t('console-ministry-report-population')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {areas.map((area) => (
                <Table.Tr key={area.district_id}>
                  <Table.Td>{area.state_name}</Table.Td>
                  <Table.Td>{name(area)}</Table.Td>
                  <Table.Td>{f.number(area.doses)}</Table.Td>
                  <Table.Td>{f.number(area.first_doses)}</Table.Td>
                  <Table.Td>{area.population == null ? '—' : f.number(area.population)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      }
    />
  );
}
