import { Autocomplete, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TagsInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../components/useSubmission';
import { useT } from '../../i18n/useT';
import { useLocalText, type Facility } from '../common/useFacilities';
import { newSessionBody, newSessionProblems, MAX_CAPACITY, type NewSessionValues } from './sessionForm';
import { slotsBetween } from './slots';
import { useNotify } from '../common/useNotify';

/** Publishes a session at one of the administrator's active facilities. */
export function SessionCreateModal({
  facilities,
  vaccineCodes,
  today,
  initialDate,
  initialFacilityId,
  onClose,
  onCreated,
}: {
  facilities: readonly Facility[];
  vaccineCodes: readonly string[];
  today: string;
  initialDate: string;
  initialFacilityId: string | null;
  onClose: () => void;
  onCreated: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const text = useLocalText();
  const submission = useSubmission();
  const active = facilities.filter((facility) => facility.active);
  const hoursOf = (id: string | null) => {
    const facility = active.find((candidate) => String(candidate.id) === id);
    return facility ? slotsBetween(facility.opens, facility.closes) : [];
  };
  const form = useForm<NewSessionValues>({
    initialValues: {
      facilityId: initialFacilityId,
      date: initialDate < today ? today : initialDate,
      vaccine: '',
      minAge: 18,
      maxAge: '',
      capacityDose1: 50,
      capacityDose2: 50,
      slots: hoursOf(initialFacilityId),
    },
    validate: (values) => Object.fromEntries(Object.entries(newSessionProblems(values, today)).map(([k, id]) => [k, t(id)])),
  });

  async function create(values: NewSessionValues) {
    await submission.run(async () => {
      unwrap(await tenantApi.POST('/api/staff/sessions', { body: newSessionBody(values) }));
      notify.success(t('console-ministry-session-created'));
      onCreated();
    });
  }

  const facilityInput = form.getInputProps('facilityId');
  return (
    <Modal opened closeButtonProps={{ 'aria-label': t('console-close') }} onClose={onClose} size="lg" title={t('console-ministry-session-create-title')}>
      <form onSubmit={form.onSubmit(create)} noValidate>
        <Stack gap="sm">
          <Select
            label={t('console-ministry-session-facility')}
            data={active.map((facility) => ({ value: String(facility.id), label: text(facility.name) }))}
            searchable
            withAsterisk
            {...facilityInput}
            onChange={(value) => {
              facilityInput.onChange(value);
              // Offer the facility's opening hours as slots until the administrator writes their own.
              if (form.values.slots.length === 0 || form.values.slots.join() === hoursOf(form.values.facilityId).join()) {
                form.setFieldValue('slots', hoursOf(value));
              }
            }}
          />
          <DatePickerInput label={t('console-ministry-session-date')} minDate={today} withAsterisk {...form.getInputProps('date')} />
          <Autocomplete
            label={t('console-ministry-session-vaccine')}
            description={t('console-ministry-session-vaccine-hint')}
            data={[...vaccineCodes]}
            withAsterisk
            {...form.getInputProps('vaccine')}
          />
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
            <NumberInput
              label={t('console-ministry-session-capacity-dose1')}
              min={0}
              max={MAX_CAPACITY}
              allowDecimal={false}
              withAsterisk
              {...form.getInputProps('capacityDose1')}
            />
            <NumberInput
              label={t('console-ministry-session-capacity-dose2')}
              min={0}
              max={MAX_CAPACITY}
              allowDecimal={false}
              withAsterisk
              {...form.getInputProps('capacityDose2')}
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
              {t('console-ministry-session-publish')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
