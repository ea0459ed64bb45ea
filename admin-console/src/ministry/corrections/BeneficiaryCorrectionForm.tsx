import { Button, Group, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../components/useSubmission';
import { useT } from '../../i18n/useT';
import { beneficiaryCorrectionBody, beneficiaryCorrectionProblems, type BeneficiaryCorrectionValues } from './correctionForms';
import { useNotify } from '../common/useNotify';

/** Corrects a beneficiary's name or year of birth; the server keeps the old values and reissues certificates. */
export function BeneficiaryCorrectionForm({ thisYear, onCorrected }: { thisYear: number; onCorrected: (reference: string) => void }) {
  const t = useT();
  const notify = useNotify();
  const submission = useSubmission();
  const form = useForm<BeneficiaryCorrectionValues>({
    initialValues: { reference: '', name: '', birthYear: '', reason: '' },
    validate: (values) => Object.fromEntries(Object.entries(beneficiaryCorrectionProblems(values, thisYear)).map(([k, id]) => [k, t(id)])),
  });

  async function correct(values: BeneficiaryCorrectionValues) {
    await submission.run(async () => {
      unwrap(await tenantApi.POST('/api/staff/corrections/beneficiary', { body: beneficiaryCorrectionBody(values) }));
      notify.success(t('console-ministry-correction-done'));
      onCorrected(values.reference.trim());
      form.reset();
    });
  }

  return (
    <form onSubmit={form.onSubmit(correct)} noValidate>
      <Stack gap="sm" maw={560}>
        <TextInput label={t('console-ministry-correction-reference')} inputMode="numeric" withAsterisk {...form.getInputProps('reference')} />
        <TextInput label={t('console-ministry-correction-new-name')} description={t('console-ministry-correction-leave-empty')} {...form.getInputProps('name')} />
        <NumberInput
          label={t('console-ministry-correction-new-birth-year')}
          description={t('console-ministry-correction-leave-empty')}
          min={1900}
          max={thisYear}
          allowDecimal={false}
          thousandSeparator={false}
          {...form.getInputProps('birthYear')}
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
