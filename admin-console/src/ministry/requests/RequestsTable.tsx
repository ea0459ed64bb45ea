import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import type { TenantSchema } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { TableScroll } from '../common/TableScroll';
import { acceptDecision, DECISION_LABELS, REQUEST_KIND_LABELS, REQUEST_STATUS_COLOURS, REQUEST_STATUS_LABELS, requestedValueText, type Decision } from './labels';

export type CitizenRequest = TenantSchema<'CitizenRequest'>;

/** Citizens' requests: the member by reference only, what they ask, and for open ones the decisions. */
export function RequestsTable({
  requests,
  genderName,
  onDecide,
}: {
  requests: readonly CitizenRequest[];
  genderName: (id: number) => string | undefined;
  onDecide: (request: CitizenRequest, decision: Decision) => void;
}) {
  const t = useT();
  const f = useFormat();
  if (requests.length === 0) return <Text c="dimmed">{t('console-ministry-requests-none')}</Text>;
  const anyOpen = requests.some((request) => request.status === 'open');
  return (
    <TableScroll label={t('console-ministry-requests-title')} minWidth={900}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('console-ministry-requests-tracking')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-requests-member')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-requests-kind')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-requests-value')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-requests-details')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-requests-status')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-requests-created')}</Table.Th>
            {anyOpen && <Table.Th scope="col">{t('console-ministry-requests-actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((request) => {
            const accept = acceptDecision(request.kind);
            const decisions: Decision[] = [accept, 'reject'];
            return (
              <Table.Tr key={request.tracking_number}>
                <Table.Td>
                  <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {request.tracking_number}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace">
                    {request.beneficiary_reference_id}
                  </Text>
                </Table.Td>
                <Table.Td>{t(REQUEST_KIND_LABELS[request.kind] ?? request.kind)}</Table.Td>
                <Table.Td>{requestedValueText(request, genderName)}</Table.Td>
                <Table.Td maw={240} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {request.details || '—'}
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Badge color={REQUEST_STATUS_COLOURS[request.status] ?? 'gray'} variant="light" styles={{ label: { overflow: 'visible' } }}>
                      {t(REQUEST_STATUS_LABELS[request.status] ?? request.status)}
                    </Badge>
                    {request.decided_at && (
                      <Text size="xs" c="dimmed">
                        {t('console-ministry-requests-decided-on', { when: f.dateTime(request.decided_at) })}
                      </Text>
                    )}
                    {request.staff_note && <Text size="xs">{t('console-ministry-requests-staff-note', { note: request.staff_note })}</Text>}
                  </Stack>
                </Table.Td>
                <Table.Td>{f.dateTime(request.created_at)}</Table.Td>
                {anyOpen && (
                  <Table.Td>
                    {request.status === 'open' && (
                      <Stack gap={4} align="stretch">
                        {decisions.map((decision) => (
                          <Button
                            key={decision}
                            size="xs"
                            variant="light"
                            color={DECISION_LABELS[decision].color}
                            onClick={() => onDecide(request, decision)}
                            aria-label={t(DECISION_LABELS[decision].named, { tracking: request.tracking_number })}
                          >
                            {t(DECISION_LABELS[decision].button)}
                          </Button>
                        ))}
                      </Stack>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
