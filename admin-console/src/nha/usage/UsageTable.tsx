import { Table } from '@mantine/core';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import type { UsageRow } from './usageSeries';

/** The chart's figures as a table: for screen readers, and for anyone who wants the exact numbers. */
export function UsageTable({ rows, countries }: { rows: UsageRow[]; countries: string[] }) {
  const t = useT();
  const f = useFormat();
  return (
    <Table.ScrollContainer minWidth={320} mah={320}>
      <Table striped stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('console-nha-usage-day')}</Table.Th>
            {countries.map((code) => (
              <Table.Th scope="col" key={code}>
                {code}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...rows].reverse().map((row) => (
            <Table.Tr key={row.day}>
              <Table.Th scope="row" fw={400}>
                {f.day(row.day)}
              </Table.Th>
              {countries.map((code) => (
                <Table.Td key={code}>{f.number(Number(row[code] ?? 0))}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
