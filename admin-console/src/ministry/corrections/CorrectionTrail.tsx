import { List, Table, Text } from '@mantine/core';
import type { TenantSchema } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { changedFields } from './correctionForms';
import { TableScroll } from '../common/TableScroll';

type Correction = TenantSchema<'Correction'>;

/** A record's corrections, oldest first: when, by whom, why, and each field before and after. */
export function CorrectionTrail({ corrections, staffName }: { corrections: readonly Correction[]; staffName: (id: string) => string }) {
  const t = useT();
  const f = useFormat();
  if (corrections.length === 0) return <Text c="dimmed">{t('console-ministry-correction-trail-empty')}</Text>;
  return (
    <TableScroll label={t('console-ministry-correction-trail')} minWidth={640}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('console-ministry-correction-when')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-correction-by')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-correction-reason')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-correction-changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {corrections.map((correction) => (
            <Table.Tr key={correction.id}>
              <Table.Td>{f.dateTime(correction.corrected_at)}</Table.Td>
              <Table.Td>{staffName(correction.corrected_by)}</Table.Td>
              <Table.Td>{correction.reason}</Table.Td>
              <Table.Td>
                <List size="sm" spacing={2}>
                  {changedFields(correction.before as Record<string, unknown>, correction.after as Record<string, unknown>).map((change) => (
                    <List.Item key={change.field}>
                      {t('console-ministry-correction-change', { field: change.field, before: change.before, after: change.after })}
                    </List.Item>
                  ))}
                </List>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
