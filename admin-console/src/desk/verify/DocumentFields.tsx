import { NativeSelect, TextInput } from '@mantine/core';
import type { TenantSchema } from '../../api/types';
import { useT } from '../../i18n/useT';

interface Props {
  idTypes: readonly TenantSchema<'IdType'>[];
  documentType: string;
  number: string;
  numberError?: string;
  onDocumentType: (value: string) => void;
  onNumber: (value: string) => void;
}

/** The identity document's type (the country's list, in the desk's language) and its number. */
export function DocumentFields({ idTypes, documentType, number, numberError, onDocumentType, onNumber }: Props) {
  const t = useT();
  return (
    <>
      <NativeSelect
        label={t('console-desk-document-type')}
        data={idTypes.map((idType) => ({ value: String(idType.id), label: idType.type_l }))}
        value={documentType}
        onChange={(event) => onDocumentType(event.currentTarget.value)}
        required
        size="md"
      />
      <TextInput
        label={t('console-desk-document-number')}
        value={number}
        onChange={(event) => onNumber(event.currentTarget.value)}
        error={numberError}
        autoComplete="off"
        autoCapitalize="characters"
        required
        size="md"
      />
    </>
  );
}
