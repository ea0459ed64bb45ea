import { Stack } from '@mantine/core';
import { useState } from 'react';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { useGenders, useIdTypes } from '../day/useDeskDay';
import { useDesk } from '../frame/deskContext';
import { DeskPage } from '../frame/DeskPage';
import type { PersonAtDesk } from '../record/person';
import { RecordPanel } from '../record/RecordPanel';
import { registerWalkIn, verifyByDocument } from '../verify/deskCalls';
import { resolveWalkIn, type WalkInNote } from './resolveWalkIn';
import { WalkInForm } from './WalkInForm';
import { DeskAlert } from '../frame/DeskAlert';

/** Someone who came without an appointment or an account: register them (now or, offline, later) and record. */
export function WalkInPage() {
  const t = useT();
  const { services, facility } = useDesk();
  const genders = useGenders();
  const idTypes = useIdTypes();
  const [known, setKnown] = useState<{ person: PersonAtDesk; note: WalkInNote }>();

  if (known) {
    const note = {
      registered: { tone: 'success' as const, text: t('console-desk-walk-in-registered') },
      found: { tone: 'info' as const, text: t('console-desk-walk-in-found') },
      offline: { tone: 'warning' as const, text: t('console-desk-walk-in-offline') },
    }[known.note];
    return (
      <DeskPage title={t('console-desk-walk-in-title')}>
        <Stack gap="md">
          <DeskAlert tone={note.tone} role="status" data-testid="desk-walk-in-note" data-note={known.note}>
            {note.text}
          </DeskAlert>
          <RecordPanel person={known.person} />
        </Stack>
      </DeskPage>
    );
  }

  return (
    <DeskPage title={t('console-desk-walk-in-title')}>
      <QueryState query={genders}>
        {(genderList) => (
          <QueryState query={idTypes}>
            {(idTypeList) => (
              <WalkInForm
                genders={genderList.value.genders}
                idTypes={idTypeList.value.types}
                onSubmit={async (walkIn) => {
                  const result = await resolveWalkIn(
                    {
                      register: (registration) => registerWalkIn(services, facility.id, registration),
                      findByDocument: (type, number) => verifyByDocument(services, facility.id, type, number),
                    },
                    walkIn,
                  );
                  if (result.kind === 'refused') return result.error || t('console-error-unexpected');
                  setKnown(result);
                  return undefined;
                }}
              />
            )}
          </QueryState>
        )}
      </QueryState>
    </DeskPage>
  );
}
