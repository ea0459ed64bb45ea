import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../components/useSubmission';
import { useT } from '../../i18n/useT';
import type { DistrictArea } from '../common/useAreas';
import type { Facility } from '../common/useFacilities';
import { useNotify } from '../common/useNotify';
import { roleBody, roleProblems, roleValuesOf, type RoleValues } from './roleForm';
import { INVITABLE_ROLES, STAFF_ROLE_LABELS } from './roles';
import { ScopeFields } from './ScopeFields';
import type { StaffMember } from './StaffTable';

/** Changes a staff member's role and scope (never the administrator's own: the server refuses that). */
export function RoleModal({
  member,
  areas,
  facilities,
  onClose,
  onChanged,
}: {
  member: StaffMember;
  areas: readonly DistrictArea[];
  facilities: readonly Facility[];
  onClose: () => void;
  onChanged: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const submission = useSubmission();
  const form = useForm<RoleValues>({
    initialValues: roleValuesOf(member),
    validate: (values) => Object.fromEntries(Object.entries(roleProblems(values)).map(([k, id]) => [k, t(id)])),
  });

  async function save(values: RoleValues) {
    await submission.run(async () => {
      unwrap(await tenantApi.PUT('/api/staff/{id}/role', { params: { path: { id: member.id } }, body: roleBody(values) }));
      notify.success(t('console-ministry-staff-role-changed', { name: member.name }));
      onChanged();
    });
  }

  return (
    <Modal opened closeButtonProps={{ 'aria-label': t('console-close') }} onClose={onClose} title={t('console-ministry-staff-role-title')}>
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {member.name} · {member.email}
          </Text>
          <Select
            label={t('console-ministry-staff-role')}
            data={INVITABLE_ROLES.map((role) => ({ value: role, label: t(STAFF_ROLE_LABELS[role] ?? role) }))}
            withAsterisk
            allowDeselect={false}
            {...form.getInputProps('role')}
          />
          <ScopeFields form={form} areas={areas} facilities={facilities} />
          {submission.failure !== undefined && <ErrorAlert error={submission.failure} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('console-cancel')}
            </Button>
            <Button type="submit" loading={submission.running}>
              {t('console-save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
