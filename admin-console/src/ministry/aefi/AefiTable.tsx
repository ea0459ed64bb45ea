import { Badge, Table, Text } from '@mantine/core';
import type { TenantSchema } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { OUTCOME_LABELS, REPORTER_LABELS, SEVERITY_COLOURS, SEVERITY_LABELS } from './labels';
import { TableScroll } from '../common/TableScroll';

type AefiReport = TenantSchema<'AefiReport'>;

/** AEFI reports: no names, only the beneficiary's reference and the dose. */
export function AefiTable({
  reports,
  districtName,
  facilityName,
}: {
  reports: readonly AefiReport[];
  districtName: (id: number) => string;
  facilityName: (id: number) => string;
}) {
  const t = useT();
  const f = useFormat();
  if (reports.length === 0) return <Text c="dimmed">{t('console-ministry-aefi-none')}</Text>;
  return (
    <TableScroll label={t('console-ministry-aefi-title')} minWidth={900}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('console-ministry-aefi-onset')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-aefi-severity')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-aefi-symptoms')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-aefi-outcome')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-aefi-dose')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-aefi-place')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-aefi-beneficiary')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-aefi-reported-by')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((report) => (
            <Table.Tr key={report.aefi_id}>
              <Table.Td>{f.day(report.onset_date)}</Table.Td>
              <Table.Td>
                <Badge color={SEVERITY_COLOURS[report.severity] ?? 'gray'} variant="light">
                  {t(SEVERITY_LABELS[report.severity] ?? report.severity)}
                </Badge>
              </Table.Td>
              <Table.Td>{report.symptoms.join(', ')}</Table.Td>
              <Table.Td>{t(OUTCOME_LABELS[report.outcome] ?? report.outcome)}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {report.vaccine} · {t('console-ministry-report-dose-number', { dose: report.dose })}
                </Text>
                {report.batch && (
                  <Text size="xs" c="dimmed">
                    {t('console-ministry-aefi-batch', { batch: report.batch })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{report.facility_id != null ? facilityName(report.facility_id) : '—'}</Text>
                {report.district_id != null && (
                  <Text size="xs" c="dimmed">
                    {districtName(report.district_id)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace">
                  {report.beneficiary_reference_id}
                </Text>
              </Table.Td>
              <Table.Td>{t(REPORTER_LABELS[report.reported_by] ?? report.reported_by)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
