import { Button, Fieldset, NativeSelect, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/useT';
import { useTodaysVaccines } from '../day/useDeskDay';
import { useDesk } from '../frame/deskContext';
import type { PersonAtDesk } from './person';
import { PersonCard } from './PersonCard';
import { recordAndSend, type RecordAttempt } from './recordAndSend';
import { RecordOutcome } from './RecordOutcome';
import { readLastVaccine, readRememberedBatch, rememberBatch, rememberLastVaccine } from './rememberedBatch';
import { suggestDose, vaccineOptions } from './suggestDose';
import { DeskAlert } from '../frame/DeskAlert';

/** Beyond this many vaccines a drop-down list fits a phone better than a row of buttons. */
const MAX_SEGMENTS = 3;

/**
 * Who the person is and recording their dose: vaccine and dose number start as their appointment or history says,
 * the batch as given earlier today, so a single tap on "Record" is usually all that is left.
 */
export function RecordPanel({ person }: { person: PersonAtDesk }) {
  const t = useT();
  const { services, facility, today } = useDesk();
  const todaysVaccines = useTodaysVaccines();
  const [lastVaccine, setLastVaccine] = useState<string>();
  useEffect(() => {
    let current = true;
    void readLastVaccine(services.db, facility.id, today).then((vaccine) => current && setLastVaccine(vaccine));
    return () => {
      current = false;
    };
  }, [services, facility.id, today]);
  const suggested = useMemo(
    () => suggestDose({ appointment: person.appointment, history: person.history, todaysVaccines, lastVaccine }),
    [person, todaysVaccines, lastVaccine],
  );
  // What the vaccinator changed; until then the suggestion holds (it may improve once today's sessions arrive).
  const [chosenVaccine, setVaccine] = useState<string>();
  const [chosenDose, setDose] = useState<number>();
  const [typedBatches, setTypedBatches] = useState<Record<string, string>>({});
  const [remembered, setRemembered] = useState<{ vaccine: string; batch: string }>();
  const [batchError, setBatchError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState<RecordAttempt>();
  const vaccine = chosenVaccine ?? suggested.vaccine;
  const dose = chosenDose ?? suggested.dose;

  // Each vaccine's vials have their own batch, remembered for the day at this facility.
  useEffect(() => {
    if (!vaccine) return;
    let current = true;
    void readRememberedBatch(services.db, facility.id, today, vaccine).then((batch) => {
      if (current) setRemembered({ vaccine, batch: batch ?? '' });
    });
    return () => {
      current = false;
    };
  }, [services, facility.id, today, vaccine]);
  const batch = typedBatches[vaccine] ?? (remembered?.vaccine === vaccine ? remembered.batch : '');

  const vaccines = vaccineOptions(todaysVaccines, vaccine || suggested.vaccine);
  const doses = Array.from({ length: Math.max(3, suggested.dose, dose) }, (_, index) => String(index + 1));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!batch.trim()) {
      setBatchError(t('console-desk-record-batch-missing'));
      return;
    }
    setBusy(true);
    try {
      await rememberBatch(services.db, facility.id, today, vaccine, batch);
      await rememberLastVaccine(services.db, facility.id, today, vaccine);
      setAttempt(
        await recordAndSend(services, {
          facilityId: facility.id,
          givenOn: today,
          vaccine,
          dose,
          batch,
          name: person.name,
          reference: person.reference,
          walkIn: person.reference ? undefined : person.walkIn,
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  if (attempt) {
    return (
      <Stack gap="md">
        <PersonCard person={person} withHistory={false} />
        <RecordOutcome attempt={attempt} onChange={() => setAttempt(undefined)} />
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <PersonCard person={person} />
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('console-desk-record-form')}>
        <Stack gap="md">
          {vaccines.length === 0 && (
            <DeskAlert tone="warning" role="alert">
              {t('console-desk-record-no-vaccine')}
            </DeskAlert>
          )}
          {vaccines.length > 0 && vaccines.length <= MAX_SEGMENTS && (
            <Fieldset legend={t('console-desk-record-vaccine')} variant="unstyled">
              <SegmentedControl fullWidth data={vaccines} value={vaccine} onChange={setVaccine} name="vaccine" />
            </Fieldset>
          )}
          {vaccines.length > MAX_SEGMENTS && (
            <NativeSelect
              label={t('console-desk-record-vaccine')}
              data={vaccines}
              value={vaccine}
              onChange={(event) => setVaccine(event.currentTarget.value)}
            />
          )}
          <Fieldset legend={t('console-desk-record-dose')} variant="unstyled">
            <SegmentedControl
              fullWidth
              name="dose"
              data={doses.map((value) => ({ value, label: t('console-desk-record-dose-option', { dose: Number(value) }) }))}
              value={String(dose)}
              onChange={(value) => setDose(Number(value))}
            />
          </Fieldset>
          <TextInput
            label={t('console-desk-record-batch')}
            description={t('console-desk-record-batch-hint')}
            value={batch}
            maxLength={50}
            required
            autoComplete="off"
            error={batchError}
            onChange={(event) => {
              const typed = event.currentTarget.value;
              setTypedBatches((batches) => ({ ...batches, [vaccine]: typed }));
              setBatchError(undefined);
            }}
          />
          <Button type="submit" size="lg" fullWidth loading={busy} disabled={!vaccine}>
            {t('console-desk-record-submit', { dose, vaccine })}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
