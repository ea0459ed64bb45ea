import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
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
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  async function deactivate() {
    setBusy(true);
    setFailure(undefined);
    try {
      unwrap(await tenantApi.POST('/api/staff/facilities/{id}/deactivate', { params: { path: { id: facilityId } } }));
      notify.success(t('console-ministry-facility-deactivated', { name }));
      onDone();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened closeButtonProps={{ 'aria-label': t('console-close') }} onClose={onClose} title={t('console-ministry-facility-deactivate-title')}>
      <Stack gap="sm">
        <Text size="sm">{t('console-ministry-facility-deactivate-text', { name })}</Text>
        {failure !== undefined && <ErrorAlert error={failure} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('console-cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={deactivate}>
            {t('console-ministry-facility-deactivate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
