import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { TenantSchema } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { STAFF_ROLE_LABELS } from './roles';
import { TableScroll } from '../common/TableScroll';

export type StaffMember = TenantSchema<'StaffMemberView'>;

/** The tenant's staff with role, scope and state; disable and enable for those who may manage staff. */
export function StaffTable({
  staff,
  selfId,
  districtName,
  facilityName,
  canManage,
  busyId,
  onToggle,
  onChangeRole,
}: {
  staff: readonly StaffMember[];
  selfId: string;
  districtName: (id: number) => string;
  facilityName: (id: number) => string;
  canManage: boolean;
  busyId: string | undefined;
  onToggle: (member: StaffMember) => void;
  onChangeRole: (member: StaffMember) => void;
}) {
  const t = useT();
  const f = useFormat();
  if (staff.length === 0) return <Text c="dimmed">{t('console-empty')}</Text>;
  return (
    <TableScroll label={t('console-ministry-staff-title')} minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('console-ministry-staff-name')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-staff-role')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-staff-scope')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-staff-status')}</Table.Th>
            {canManage && <Table.Th scope="col">{t('console-actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {staff.map((member) => {
            const scope = [...member.district_ids.map(districtName), ...member.facility_ids.map(facilityName)];
            return (
              <Table.Tr key={member.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {member.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {member.email}
                  </Text>
                </Table.Td>
                <Table.Td>{t(STAFF_ROLE_LABELS[member.role] ?? member.role)}</Table.Td>
                <Table.Td>{scope.length > 0 ? scope.join(', ') : t('console-ministry-staff-scope-all')}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge color={member.active ? 'green' : 'gray'} variant="light" styles={{ label: { overflow: 'visible' } }}>
                      {member.active ? t('console-ministry-staff-active') : t('console-ministry-staff-disabled')}
                    </Badge>
                    {!member.accepted && (
                      <Badge color="yellow" variant="outline" title={f.dateTime(member.invited_at)}>
                        {t('console-ministry-staff-pending')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    {member.id !== selfId && (
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => onChangeRole(member)}
                          aria-label={t('console-ministry-staff-role-change-named', { name: member.name })}
                        >
                          {t('console-ministry-staff-role-change')}
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          color={member.active ? 'red' : 'green'}
                          loading={busyId === member.id}
                          onClick={() => onToggle(member)}
                          aria-label={
                            member.active
                              ? t('console-ministry-staff-disable-named', { name: member.name })
                              : t('console-ministry-staff-enable-named', { name: member.name })
                          }
                        >
                          {member.active ? t('console-ministry-staff-disable') : t('console-ministry-staff-enable')}
                        </Button>
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
