import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../components/useSubmission';
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
  const submission = useSubmission();
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
    await submission.run(async () => {
      unwrap(
        await tenantApi.PUT('/api/staff/sessions/{id}/capacity', {
          params: { path: { id: session.session_id } },
          body: { capacity_dose1: Number(values.dose1), capacity_dose2: Number(values.dose2) },
        }),
      );
      notify.success(t('console-saved'));
      onSaved();
    });
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
