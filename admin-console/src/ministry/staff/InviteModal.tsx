import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../components/useSubmission';
import { useT } from '../../i18n/useT';
import type { DistrictArea } from '../common/useAreas';
import type { Facility } from '../common/useFacilities';
import { emptyInvite, inviteBody, inviteProblems, type InviteValues } from './inviteForm';
import { INVITABLE_ROLES, STAFF_ROLE_LABELS } from './roles';
import { ScopeFields } from './ScopeFields';
import { useNotify } from '../common/useNotify';

/** Invites a staff member with a role and its scope; the server mails the invitation. */
export function InviteModal({
  areas,
  facilities,
  onClose,
  onInvited,
}: {
  areas: readonly DistrictArea[];
  facilities: readonly Facility[];
  onClose: () => void;
  onInvited: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const submission = useSubmission();
  const form = useForm<InviteValues>({
    initialValues: emptyInvite,
    validate: (values) => Object.fromEntries(Object.entries(inviteProblems(values)).map(([k, id]) => [k, t(id)])),
  });

  async function invite(values: InviteValues) {
    await submission.run(async () => {
      unwrap(await tenantApi.POST('/api/staff/invitations', { body: inviteBody(values) }));
      notify.success(t('console-ministry-staff-invited', { email: values.email.trim() }));
      onInvited();
    });
  }

  return (
    <Modal opened closeButtonProps={{ 'aria-label': t('console-close') }} onClose={onClose} title={t('console-ministry-staff-invite-title')}>
      <form onSubmit={form.onSubmit(invite)} noValidate>
        <Stack gap="sm">
          <TextInput label={t('console-ministry-staff-name')} withAsterisk {...form.getInputProps('name')} />
          <TextInput label={t('console-ministry-staff-email')} type="email" withAsterisk {...form.getInputProps('email')} />
          <Select
            label={t('console-ministry-staff-role')}
            data={INVITABLE_ROLES.map((role) => ({ value: role, label: t(STAFF_ROLE_LABELS[role] ?? role) }))}
            withAsterisk
            {...form.getInputProps('role')}
          />
          <ScopeFields form={form} areas={areas} facilities={facilities} />
          {submission.failure !== undefined && <ErrorAlert error={submission.failure} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('console-cancel')}
            </Button>
            <Button type="submit" loading={submission.running}>
              {t('console-ministry-staff-invite-send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
