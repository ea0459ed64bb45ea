import { Group, Paper, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { TenantSchema } from '../../api/types';
import { QueryState } from '../../components/QueryState';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { useAppointments } from '../day/useDeskDay';
import { useDesk } from '../frame/deskContext';
import type { QueuedDose } from '../offline/deskDatabase';
import { dedupeKeyOf } from '../offline/doseQueue';
import { QueueStatusText } from '../queue/QueueStatusText';
import { useQueueEntries } from '../queue/useQueueEntries';
import classes from './AppointmentList.module.css';

type Appointment = TenantSchema<'DeskAppointment'>;

function matches(appointment: Appointment, search: string): boolean {
  const wanted = search.trim().toLocaleLowerCase();
  return (
    !wanted ||
    appointment.name.toLocaleLowerCase().includes(wanted) ||
    appointment.beneficiary_reference_id.includes(wanted)
  );
}

/** Today's booked people, each a link to verifying them; a dose already given here today shows its status. */
export function AppointmentList() {
  const t = useT();
  const f = useFormat();
  const { today } = useDesk();
  const appointments = useAppointments();
  const entries = useQueueEntries();
  const [search, setSearch] = useState('');
  const byDose = useMemo(() => new Map((entries ?? []).map((entry) => [entry.dedupeKey, entry])), [entries]);

  return (
    <Stack gap="sm" component="section" aria-labelledby="desk-appointments-heading">
      <Title order={2} size="h3" id="desk-appointments-heading">
        {t('console-desk-appointments-title', { date: f.day(today) })}
      </Title>
      <QueryState query={appointments}>
        {({ value, fromCache, savedAt }) => {
          const shown = value.appointments.filter((appointment) => matches(appointment, search));
          return (
            <>
              {fromCache && (
                <Text size="sm" data-testid="desk-list-from-cache">
                  {t('console-desk-appointments-saved', { time: f.dateTime(new Date(savedAt), { dateStyle: undefined }) })}
                </Text>
              )}
              {value.appointments.length > 0 && (
                <TextInput
                  label={t('console-desk-appointments-search')}
                  value={search}
                  onChange={(event) => setSearch(event.currentTarget.value)}
                  type="search"
                />
              )}
              {value.appointments.length === 0 && <Text>{t('console-desk-appointments-none')}</Text>}
              {value.appointments.length > 0 && shown.length === 0 && (
                <Text>{t('console-desk-appointments-no-match')}</Text>
              )}
              <Stack gap="xs" component="ul" className={classes.list}>
                {shown.map((appointment) => (
                  <AppointmentItem
                    key={appointment.appointment_id}
                    appointment={appointment}
                    queued={byDose.get(
                      dedupeKeyOf({ reference: appointment.beneficiary_reference_id, dose: appointment.dose }),
                    )}
                  />
                ))}
              </Stack>
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}

function AppointmentItem({ appointment, queued }: { appointment: Appointment; queued: QueuedDose | undefined }) {
  const t = useT();
  return (
    <li>
      <UnstyledButton
        component={Link}
        to={`/desk/appointment/${appointment.appointment_id}`}
        className={classes.item}
        aria-label={t('console-desk-appointment-open', { name: appointment.name, slot: appointment.slot })}
      >
        <Paper withBorder p="sm" radius="md">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <div>
              <Text fw={600}>{appointment.name}</Text>
              <Text size="sm">
                {t('console-desk-appointment-line', {
                  year: String(appointment.birth_year),
                  slot: appointment.slot,
                })}
              </Text>
              <Text size="sm">
                {t('console-desk-appointment-dose', { dose: appointment.dose, vaccine: appointment.vaccine })}
              </Text>
            </div>
            {queued && <QueueStatusText status={queued.status} />}
          </Group>
        </Paper>
      </UnstyledButton>
    </li>
  );
}
