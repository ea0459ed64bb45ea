import { Button, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { TenantSchema } from '../../api/types';
import { QueryState } from '../../components/QueryState';
import { useSubmission } from '../../components/useSubmission';
import { useT } from '../../i18n/useT';
import { useIdTypes } from '../day/useDeskDay';
import { useDesk } from '../frame/deskContext';
import { DeskPage } from '../frame/DeskPage';
import { personOf, type PersonAtDesk } from '../record/person';
import { RecordPanel } from '../record/RecordPanel';
import { verifyByDocument } from './deskCalls';
import { DocumentFields } from './DocumentFields';
import { DeskAlert } from '../frame/DeskAlert';

/** Someone without their slip: find them by their identity document, then record their dose. */
export function DocumentPage() {
  const t = useT();
  const idTypes = useIdTypes();
  const [person, setPerson] = useState<PersonAtDesk>();
  return (
    <DeskPage title={t('console-desk-document-title')}>
      {person ? (
        <Stack gap="md">
          <RecordPanel person={person} />
        </Stack>
      ) : (
        <QueryState query={idTypes}>
          {({ value }) => <DocumentForm idTypes={value.types} onFound={(found) => setPerson(personOf(found))} />}
        </QueryState>
      )}
    </DeskPage>
  );
}

function DocumentForm({
  idTypes,
  onFound,
}: {
  idTypes: readonly TenantSchema<'IdType'>[];
  onFound: (identified: TenantSchema<'Identified'>) => void;
}) {
  const t = useT();
  const { services, facility } = useDesk();
  const [documentType, setDocumentType] = useState(String(idTypes[0]?.id ?? ''));
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string>();
  const [refused, setRefused] = useState<string>();
  const [unreachable, setUnreachable] = useState(false);
  const submission = useSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!number.trim()) {
      setError(t('console-desk-document-number-missing'));
      return;
    }
    setError(undefined);
    setRefused(undefined);
    setUnreachable(false);
    await submission.run(async () => {
      const reached = await verifyByDocument(services, facility.id, Number(documentType), number);
      if (reached.kind === 'ok') onFound(reached.data);
      else if (reached.kind === 'refused') setRefused(reached.error || t('console-error-unexpected'));
      else setUnreachable(true);
    });
  };

  return (
    <Stack gap="md">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <DocumentFields
            idTypes={idTypes}
            documentType={documentType}
            number={number}
            numberError={error}
            onDocumentType={setDocumentType}
            onNumber={setNumber}
          />
          <Button type="submit" size="md" loading={submission.running}>
            {t('console-desk-document-submit')}
          </Button>
        </Stack>
      </form>
      {(refused || unreachable) && (
        <DeskAlert
          tone={unreachable ? 'warning' : 'danger'}
          role="alert"
          title={unreachable ? t('console-desk-document-offline-title') : t('console-desk-document-not-found')}
        >
          <Stack gap="sm">
            {unreachable ? t('console-desk-document-offline-text') : refused}
            <Button component={Link} to="/desk/walk-in" variant="default">
              {t('console-desk-walk-in')}
            </Button>
          </Stack>
        </DeskAlert>
      )}
    </Stack>
  );
}
