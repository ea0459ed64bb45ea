import { Button, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { TenantSchema } from '../../api/types';
import { useT } from '../../i18n/useT';
import type { WalkInRegistration } from '../offline/deskDatabase';
import { DocumentFields } from '../verify/DocumentFields';
import { DeskAlert } from '../frame/DeskAlert';

interface Props {
  genders: readonly TenantSchema<'Gender'>[];
  idTypes: readonly TenantSchema<'IdType'>[];
  /** Registers (or queues) the person; resolves to the server's refusal text, if any. */
  onSubmit: (walkIn: WalkInRegistration) => Promise<string | undefined>;
}

/** The registration fields of a walk-in, as the citizen app asks them, plus the mobile of their account. */
export function WalkInForm({ genders, idTypes, onSubmit }: Props) {
  const t = useT();
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);
  const thisYear = new Date().getFullYear();
  const form = useForm({
    initialValues: {
      name: '',
      birthYear: '',
      genderId: String(genders[0]?.id ?? ''),
      mobile: '',
      documentType: String(idTypes[0]?.id ?? ''),
      documentNumber: '',
    },
    validate: {
      name: (value) => (value.trim() ? null : t('console-desk-walk-in-name-missing')),
      birthYear: (value) =>
        /^\d{4}$/.test(value.trim()) && Number(value) >= 1900 && Number(value) <= thisYear
          ? null
          : t('console-desk-walk-in-birth-year-invalid'),
      mobile: (value) => (/^\+?[\d\s-]{6,}$/.test(value.trim()) ? null : t('console-desk-walk-in-mobile-invalid')),
      documentNumber: (value) => (value.trim() ? null : t('console-desk-document-number-missing')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setRefusal(undefined);
    try {
      setRefusal(
        await onSubmit({
          name: values.name.trim(),
          birth_year: Number(values.birthYear),
          gender_id: Number(values.genderId),
          mobile: values.mobile.trim(),
          photo_id_type: Number(values.documentType),
          photo_id_number: values.documentNumber.trim(),
        }),
      );
    } finally {
      setBusy(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {refusal && (
          <DeskAlert tone="danger" role="alert" title={t('console-desk-walk-in-refused')}>
            {refusal}
          </DeskAlert>
        )}
        <TextInput label={t('console-desk-walk-in-name')} required size="md" autoComplete="off" {...form.getInputProps('name')} />
        <TextInput
          label={t('console-desk-walk-in-birth-year')}
          required
          size="md"
          inputMode="numeric"
          maxLength={4}
          autoComplete="off"
          {...form.getInputProps('birthYear')}
        />
        <NativeSelect
          label={t('console-desk-walk-in-gender')}
          data={genders.map((gender) => ({ value: String(gender.id), label: gender.gender_l }))}
          required
          size="md"
          {...form.getInputProps('genderId')}
        />
        <TextInput
          label={t('console-desk-walk-in-mobile')}
          description={t('console-desk-walk-in-mobile-hint')}
          type="tel"
          required
          size="md"
          autoComplete="off"
          {...form.getInputProps('mobile')}
        />
        <DocumentFields
          idTypes={idTypes}
          documentType={form.values.documentType}
          number={form.values.documentNumber}
          numberError={form.errors.documentNumber as string | undefined}
          onDocumentType={(value) => form.setFieldValue('documentType', value)}
          onNumber={(value) => form.setFieldValue('documentNumber', value)}
        />
        <Button type="submit" size="md" loading={busy}>
          {t('console-desk-walk-in-submit')}
        </Button>
      </Stack>
    </form>
  );
}
