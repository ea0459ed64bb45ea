import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../components/useSubmission';
import { useT } from '../../i18n/useT';
import { doseCorrectionBody, doseCorrectionProblems, type DoseCorrectionValues } from './correctionForms';
import { useNotify } from '../common/useNotify';

/** Corrects a dose's vaccine, batch or day; the server keeps the old values and reissues its certificate. */
export function DoseCorrectionForm({ today, onCorrected }: { today: string; onCorrected: (doseId: string) => void }) {
  const t = useT();
  const notify = useNotify();
  const submission = useSubmission();
  const form = useForm<DoseCorrectionValues>({
    initialValues: { doseId: '', vaccine: '', batch: '', givenOn: null, reason: '' },
    validate: (values) => Object.fromEntries(Object.entries(doseCorrectionProblems(values)).map(([k, id]) => [k, t(id)])),
  });

  async function correct(values: DoseCorrectionValues) {
    await submission.run(async () => {
      unwrap(await tenantApi.POST('/api/staff/corrections/dose', { body: doseCorrectionBody(values) }));
      notify.success(t('console-ministry-correction-done'));
      onCorrected(values.doseId.trim());
      form.reset();
    });
  }

  return (
    <form onSubmit={form.onSubmit(correct)} noValidate>
      <Stack gap="sm" maw={560}>
        <TextInput label={t('console-ministry-correction-dose-id')} withAsterisk ff="monospace" {...form.getInputProps('doseId')} />
        <TextInput label={t('console-ministry-correction-new-vaccine')} description={t('console-ministry-correction-leave-empty')} {...form.getInputProps('vaccine')} />
        <TextInput label={t('console-ministry-correction-new-batch')} description={t('console-ministry-correction-leave-empty')} {...form.getInputProps('batch')} />
        <DatePickerInput
          label={t('console-ministry-correction-new-day')}
          description={t('console-ministry-correction-leave-empty')}
          maxDate={today}
          clearable
          {...form.getInputProps('givenOn')}
        />
        <Textarea label={t('console-ministry-correction-reason')} withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
        {submission.failure !== undefined && <ErrorAlert error={submission.failure} />}
        <Group>
          <Button type="submit" loading={submission.running}>
            {t('console-ministry-correction-apply')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
