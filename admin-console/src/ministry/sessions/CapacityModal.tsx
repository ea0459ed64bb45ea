import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/useT';
import type { Session } from './calendar';
import { MAX_CAPACITY } from './sessionForm';
import { useNotify } from '../common/useNotify';

interface CapacityValues {
  dose1: number | string;
  dose2: number | string;
}

/** Changes a session's places; never below those already booked (the server checks too). */
export function CapacityModal({ session, onClose, onSaved }: { session: Session; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const notify = useNotify();
  const [failure, setFailure] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const valid = (value: number | string, booked: number) =>
    value !== '' && Number.isInteger(Number(value)) && Number(value) >= booked && Number(value) <= MAX_CAPACITY;
  const form = useForm<CapacityValues>({
    initialValues: { dose1: session.capacity_dose1, dose2: session.capacity_dose2 },
    validate: {
      dose1: (value) => (valid(value, session.booked_dose1) ? null : t('console-ministry-session-capacity-below', { booked: session.booked_dose1 })),
      dose2: (value) => (valid(value, session.booked_dose2) ? null : t('console-ministry-session-capacity-below', { booked: session.booked_dose2 })),
    },
  });

  async function save(values: CapacityValues) {
    setSaving(true);
    setFailure(undefined);
    try {
      unwrap(
        await tenantApi.PUT('/api/staff/sessions/{id}/capacity', {
          params: { path: { id: session.session_id } },
          body: { capacity_dose1: Number(values.dose1), capacity_dose2: Number(values.dose2) },
        }),
      );
      notify.success(t('console-saved'));
      onSaved();
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened closeButtonProps={{ 'aria-label': t('console-close') }} onClose={onClose} title={t('console-ministry-session-capacity-title')}>
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack gap="sm">
          <NumberInput
            label={t('console-ministry-session-capacity-dose1')}
            description={t('console-ministry-session-booked', { booked: session.booked_dose1 })}
            min={session.booked_dose1}
            max={MAX_CAPACITY}
            allowDecimal={false}
            {...form.getInputProps('dose1')}
          />
          <NumberInput
            label={t('console-ministry-session-capacity-dose2')}
            description={t('console-ministry-session-booked', { booked: session.booked_dose2 })}
            min={session.booked_dose2}
            max={MAX_CAPACITY}
            allowDecimal={false}
            {...form.getInputProps('dose2')}
          />
          <Text size="xs" c="dimmed">
            {t('console-ministry-session-capacity-hint')}
          </Text>
          {failure !== undefined && <ErrorAlert error={failure} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('console-cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('console-save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
