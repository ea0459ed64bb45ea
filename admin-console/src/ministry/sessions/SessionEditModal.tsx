import { Alert, Button, Group, Modal, NumberInput, SimpleGrid, Stack, TagsInput, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../components/useSubmission';
import { useT } from '../../i18n/useT';
import { apiToIso } from '../common/days';
import type { Session } from './calendar';
import { sessionChangeBody, sessionChangeProblems, type SessionChangeValues } from './sessionForm';
import { useNotify } from '../common/useNotify';

/**
 * Changes a session's day, ages and slots. Once people are booked the server only lets slots be added and answers
 * 409 SESSION_HAS_BOOKINGS otherwise; its message is shown as it comes.
 */
export function SessionEditModal({
  session,
  facilityName,
  today,
  onClose,
  onSaved,
}: {
  session: Session;
  facilityName: string;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const submission = useSubmission();
  const booked = session.booked_dose1 + session.booked_dose2;
  const form = useForm<SessionChangeValues>({
    initialValues: {
      date: apiToIso(session.date) ?? null,
      minAge: session.min_age,
      maxAge: session.max_age ?? '',
      slots: session.slots,
    },
    validate: (values) => Object.fromEntries(Object.entries(sessionChangeProblems(values, today)).map(([k, id]) => [k, t(id)])),
  });

  async function save(values: SessionChangeValues) {
    await submission.run(async () => {
      unwrap(
        await tenantApi.PUT('/api/staff/sessions/{id}', {
          params: { path: { id: session.session_id } },
          body: sessionChangeBody(values),
        }),
      );
      notify.success(t('console-saved'));
      onSaved();
    });
  }

  return (
    <Modal opened closeButtonProps={{ 'aria-label': t('console-close') }} onClose={onClose} size="lg" title={t('console-ministry-session-edit-title')}>
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {facilityName} · {session.vaccine}
          </Text>
          {booked > 0 && (
            <Alert color="yellow" variant="light">
              {t('console-ministry-session-has-bookings', { booked })}
            </Alert>
          )}
          <DatePickerInput label={t('console-ministry-session-date')} minDate={today} withAsterisk {...form.getInputProps('date')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NumberInput label={t('console-ministry-session-min-age')} min={0} max={150} allowDecimal={false} withAsterisk {...form.getInputProps('minAge')} />
            <NumberInput
              label={t('console-ministry-session-max-age')}
              description={t('console-ministry-session-max-age-hint')}
              min={0}
              max={150}
              allowDecimal={false}
              {...form.getInputProps('maxAge')}
            />
          </SimpleGrid>
          <TagsInput
            label={t('console-ministry-session-slots')}
            description={t('console-ministry-session-slots-hint')}
            withAsterisk
            clearable
            {...form.getInputProps('slots')}
          />
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
