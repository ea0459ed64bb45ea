import { Code, Table, Text } from '@mantine/core';
import type { TenantSchema } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { TableScroll } from '../common/TableScroll';

export type AuditEntry = TenantSchema<'Entry'>;

/** Audit entries, newest first: when, who, what, to what, and the details (never personal data). */
export function AuditTable({ entries, actorName }: { entries: readonly AuditEntry[]; actorName: (actor: string) => string }) {
  const t = useT();
  const f = useFormat();
  if (entries.length === 0) return <Text c="dimmed">{t('console-empty')}</Text>;
  return (
    <TableScroll label={t('console-ministry-audit-title')} minWidth={760}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('console-ministry-audit-when')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-audit-actor')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-audit-action')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-audit-target')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-audit-detail')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.dateTime(entry.occurred_at)}</Table.Td>
              <Table.Td>{actorName(entry.actor)}</Table.Td>
              <Table.Td>
                <Code>{entry.action}</Code>
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {entry.target}
                </Text>
              </Table.Td>
              <Table.Td>
                {Object.keys(entry.detail ?? {}).length > 0 && (
                  <Code block style={{ whiteSpace: 'pre-wrap', maxWidth: 360 }}>
                    {JSON.stringify(entry.detail, null, 1)}
                  </Code>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
