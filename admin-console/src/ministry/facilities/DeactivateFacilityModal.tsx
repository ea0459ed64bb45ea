import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../components/useSubmission';
import { useT } from '../../i18n/useT';
import { useNotify } from '../common/useNotify';

/** Asks before closing a facility to new sessions (there is no way back in the API). */
export function DeactivateFacilityModal({
  facilityId,
  name,
  onClose,
  onDone,
}: {
  facilityId: number;
  name: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const submission = useSubmission();

  async function deactivate() {
    await submission.run(async () => {
      unwrap(await tenantApi.POST('/api/staff/facilities/{id}/deactivate', { params: { path: { id: facilityId } } }));
      notify.success(t('console-ministry-facility-deactivated', { name }));
      onDone();
    });
  }

  return (
    <Modal opened closeButtonProps={{ 'aria-label': t('console-close') }} onClose={onClose} title={t('console-ministry-facility-deactivate-title')}>
      <Stack gap="sm">
        <Text size="sm">{t('console-ministry-facility-deactivate-text', { name })}</Text>
        {submission.failure !== undefined && <ErrorAlert error={submission.failure} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('console-cancel')}
          </Button>
          <Button color="red" loading={submission.running} onClick={deactivate}>
            {t('console-ministry-facility-deactivate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
