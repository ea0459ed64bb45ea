import { Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { useT } from '../../i18n/useT';
import type { Facility } from '../common/useFacilities';
import { useLocalText } from '../common/useFacilities';
import { TableScroll } from '../common/TableScroll';

/** The facilities with their state and, for those the administrator may change, edit and deactivate buttons. */
export function FacilitiesTable({
  facilities,
  districtName,
  canWrite,
  onEdit,
  onDeactivate,
}: {
  facilities: readonly Facility[];
  districtName: (id: number) => string;
  canWrite: boolean;
  onEdit: (facility: Facility) => void;
  onDeactivate: (facility: Facility) => void;
}) {
  const t = useT();
  const text = useLocalText();
  if (facilities.length === 0) return <Text c="dimmed">{t('console-empty')}</Text>;
  return (
    <TableScroll label={t('console-ministry-facilities-title')} minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('console-ministry-facility-name-column')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-facility-district')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-facility-address')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-facility-hours')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-facility-fee-type')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-facility-status')}</Table.Th>
            {canWrite && <Table.Th scope="col">{t('console-actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {facilities.map((facility) => {
            const name = text(facility.name);
            const fromConfig = facility.managed_by_config;
            return (
              <Table.Tr key={facility.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    #{facility.id} · {text(facility.block)}
                  </Text>
                </Table.Td>
                <Table.Td>{districtName(facility.district_id)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{facility.address}</Text>
                  <Text size="xs" c="dimmed">
                    {facility.postal_code}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {facility.opens}–{facility.closes}
                </Table.Td>
                <Table.Td>
                  {facility.fee_type === 'Paid' ? t('console-ministry-facility-fee-paid') : t('console-ministry-facility-fee-free')}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge color={facility.active ? 'green' : 'gray'} variant="light" styles={{ label: { overflow: 'visible' } }}>
                      {facility.active ? t('console-ministry-facility-active') : t('console-ministry-facility-inactive')}
                    </Badge>
                  </Group>
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    {fromConfig ? (
                      <Tooltip label={t('console-ministry-facility-from-config-hint')} multiline w={240}>
                        <Text size="xs" c="dimmed" tabIndex={0}>
                          {t('console-ministry-facility-change-in-config')}
                        </Text>
                      </Tooltip>
                    ) : (
                      <Group gap={4} wrap="nowrap">
                        <Button size="xs" variant="light" onClick={() => onEdit(facility)} aria-label={t('console-ministry-facility-edit-named', { name })}>
                          {t('console-ministry-facility-edit')}
                        </Button>
                        {facility.active && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() => onDeactivate(facility)}
                            aria-label={t('console-ministry-facility-deactivate-named', { name })}
                          >
                            {t('console-ministry-facility-deactivate')}
                          </Button>
                        )}
                      </Group>
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
