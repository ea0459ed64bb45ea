import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { useUser } from '../../auth/useSession';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { useAbilities } from '../common/useAbilities';
import { useAreas, useDistrictName } from '../common/useAreas';
import { useFacilities, useFacilityName } from '../common/useFacilities';
import { InviteModal } from './InviteModal';
import { RoleModal } from './RoleModal';
import { INVITABLE_ROLES, STAFF_ROLE_LABELS } from './roles';
import { StaffTable, type StaffMember } from './StaffTable';
import { useNotify } from '../common/useNotify';

/** The staff directory: who works for the ministry, with what role and scope; invite, disable, enable. */
export function StaffPage() {
  const t = useT();
  const notify = useNotify();
  const user = useUser();
  const abilities = useAbilities();
  const areas = useAreas();
  const facilities = useFacilities();
  const districtName = useDistrictName(areas.data);
  const facilityName = useFacilityName(facilities.data);
  const staff = useApiQuery(async () => unwrap(await tenantApi.GET('/api/staff/members')).staff, []);
  const [inviting, setInviting] = useState(false);
  const [changingRole, setChangingRole] = useState<StaffMember>();
  const [busyId, setBusyId] = useState<string>();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<string | null>(null);

  async function toggle(member: StaffMember) {
    setBusyId(member.id);
    try {
      const params = { params: { path: { id: member.id } } };
      unwrap(member.active ? await tenantApi.POST('/api/staff/{id}/disable', params) : await tenantApi.POST('/api/staff/{id}/enable', params));
      notify.success(
        member.active
          ? t('console-ministry-staff-disabled-done', { name: member.name })
          : t('console-ministry-staff-enabled-done', { name: member.name }),
      );
      staff.reload();
    } catch (error) {
      notify.failure(error);
    } finally {
      setBusyId(undefined);
    }
  }

  const needle = search.trim().toLocaleLowerCase();
  const shown = (list: readonly StaffMember[]) =>
    list.filter(
      (member) =>
        (!role || member.role === role) &&
        (!needle || member.name.toLocaleLowerCase().includes(needle) || member.email.toLocaleLowerCase().includes(needle)),
    );

  return (
    <Stack gap="md">
      <PageTitle
        actions={
          abilities.inviteStaff && (
            <Button leftSection={<IconUserPlus size={16} />} onClick={() => setInviting(true)} disabled={!areas.data || !facilities.data}>
              {t('console-ministry-staff-invite')}
            </Button>
          )
        }
      >
        {t('console-ministry-staff-title')}
      </PageTitle>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('console-search')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={260}
        />
        <Select
          label={t('console-ministry-staff-role')}
          placeholder={t('console-ministry-staff-all-roles')}
          data={INVITABLE_ROLES.map((value) => ({ value, label: t(STAFF_ROLE_LABELS[value] ?? value) }))}
          value={role}
          onChange={setRole}
          clearable
          w={220}
        />
      </Group>
      <QueryState query={staff}>
        {(list) => (
          <StaffTable
            staff={shown(list)}
            selfId={user.id}
            districtName={districtName}
            facilityName={facilityName}
            canManage={abilities.manageStaff}
            busyId={busyId}
            onToggle={toggle}
            onChangeRole={setChangingRole}
          />
        )}
      </QueryState>
      {changingRole && areas.data && facilities.data && (
        <RoleModal
          member={changingRole}
          areas={areas.data}
          facilities={facilities.data}
          onClose={() => setChangingRole(undefined)}
          onChanged={() => {
            setChangingRole(undefined);
            staff.reload();
          }}
        />
      )}
      {inviting && areas.data && facilities.data && (
        <InviteModal
          areas={areas.data}
          facilities={facilities.data}
          onClose={() => setInviting(false)}
          onInvited={() => {
            setInviting(false);
            staff.reload();
          }}
        />
      )}
    </Stack>
  );
}
