import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { readLicenceEvents, type LicenceEvent } from '../api';
import { CountryFilter } from '../CountryFilter';
import { labelOf, licenceContextLabel, licenceStateLabel } from '../labels';

function EventsTable({ events }: { events: LicenceEvent[] }) {
  const t = useT();
  const f = useFormat();
  if (events.length === 0) return <Text>{t('console-nha-licence-events-none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('console-nha-when')}</Table.Th>
            <Table.Th scope="col">{t('console-nha-country')}</Table.Th>
            <Table.Th scope="col">{t('console-nha-licence-event-refusal')}</Table.Th>
            <Table.Th scope="col">{t('console-nha-licence-event-context')}</Table.Th>
            <Table.Th scope="col">{t('console-nha-licence-event-detail')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event, index) => (
            <Table.Tr key={`${event.occurred_at}-${index}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.dateTime(event.occurred_at)}</Table.Td>
              <Table.Td>{event.tenant_code ?? t('console-nha-not-given')}</Table.Td>
              <Table.Td>
                <Badge color="red" variant="light">
                  {labelOf(t, licenceStateLabel(event.code), event.code)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {labelOf(t, licenceContextLabel(event.context), event.context)}
                {event.hostname && (
                  <Text size="xs" c="dimmed">
                    {event.hostname}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{event.detail}</Text>
                {event.licence_id && (
                  <Text size="xs" c="dimmed">
                    {event.licence_id}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The licence guard's latest refusals: forged, expired, revoked or misplaced licences, and where they were met. */
export function LicenceEventsPage() {
  const t = useT();
  const [country, setCountry] = useState('');
  const events = useApiQuery(() => readLicenceEvents(country || undefined), [country]);
  return (
    <Stack>
      <PageTitle>{t('console-nha-licence-events-title')}</PageTitle>
      <Text>{t('console-nha-licence-events-explain')}</Text>
      <Group>
        <CountryFilter value={country} onChange={setCountry} />
      </Group>
      <QueryState query={events}>{(data) => <EventsTable events={data} />}</QueryState>
    </Stack>
  );
}
