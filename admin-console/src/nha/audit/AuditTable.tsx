import { Code, Stack, Table, Text } from '@mantine/core';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import type { AuditEntry } from '../api';

/** A detail value as text: lists joined, nested objects as JSON, absent values as a dash. */
function detailText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(detailText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The entry's details as "key: value" lines; the log never holds personal data, so they are shown as they are. */
function Detail({ detail }: { detail: Record<string, unknown> }) {
  const entries = Object.entries(detail);
  if (entries.length === 0) return null;
  return (
    <Stack gap={2} maw={380}>
      {entries.map(([key, value]) => (
        <Text key={key} size="xs" style={{ overflowWrap: 'anywhere' }}>
          <Code>{key}</Code> {detailText(value)}
        </Text>
      ))}
    </Stack>
  );
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const t = useT();
  const f = useFormat();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('console-nha-when')}</Table.Th>
            <Table.Th scope="col">{t('console-nha-country')}</Table.Th>
            <Table.Th scope="col">{t('console-nha-audit-action')}</Table.Th>
            <Table.Th scope="col">{t('console-nha-audit-actor')}</Table.Th>
            <Table.Th scope="col">{t('console-nha-audit-target')}</Table.Th>
            <Table.Th scope="col">{t('console-nha-audit-detail')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.dateTime(entry.occurred_at)}</Table.Td>
              <Table.Td>{entry.tenant_code ?? t('console-nha-audit-platform')}</Table.Td>
              <Table.Td>
                <Code>{entry.action}</Code>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {entry.actor}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {entry.target}
                </Text>
              </Table.Td>
              <Table.Td>
                <Detail detail={entry.detail} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
