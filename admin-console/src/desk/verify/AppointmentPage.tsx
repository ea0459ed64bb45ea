import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { TenantSchema } from '../../api/types';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { useAppointments } from '../day/useDeskDay';
import { DeskPage } from '../frame/DeskPage';
import { personOf, type PersonAtDesk } from '../record/person';
import { PersonCard } from '../record/PersonCard';
import { RecordPanel } from '../record/RecordPanel';
import { SecurityCodeForm } from './SecurityCodeForm';
import { DeskAlert } from '../frame/DeskAlert';

/** Someone from today's list: check the code of their slip, then record their dose. */
export function AppointmentPage() {
  const t = useT();
  const { appointmentId } = useParams();
  const appointments = useAppointments();
  return (
    <DeskPage title={t('console-desk-verify-title')}>
      <QueryState query={appointments}>
        {({ value }) => {
          const appointment = value.appointments.find((candidate) => candidate.appointment_id === appointmentId);
          if (!appointment) {
            return (
              <DeskAlert tone="warning" role="alert">
                <Stack gap="sm">
                  {t('console-desk-appointment-missing')}
                  <Button component={Link} to="/desk" variant="default">
                    {t('console-desk-back-to-list')}
                  </Button>
                </Stack>
              </DeskAlert>
            );
          }
          return <AppointmentVerification appointment={appointment} />;
        }}
      </QueryState>
    </DeskPage>
  );
}

function AppointmentVerification({ appointment }: { appointment: TenantSchema<'DeskAppointment'> }) {
  const t = useT();
  const booked = { vaccine: appointment.vaccine, dose: appointment.dose };
  const [person, setPerson] = useState<PersonAtDesk>();
  const [checkedByEye, setCheckedByEye] = useState(false);
  if (person) {
    return (
      <Stack gap="md">
        {checkedByEye && (
          <Text size="sm" role="status">
            {t('console-desk-checked-by-eye')}
          </Text>
        )}
        <RecordPanel person={person} />
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <PersonCard
        person={{ name: appointment.name, birthYear: appointment.birth_year, reference: appointment.beneficiary_reference_id }}
      />
      <Text size="sm">{t('console-desk-appointment-dose', { dose: appointment.dose, vaccine: appointment.vaccine })}</Text>
      <SecurityCodeForm
        appointment={appointment}
        onVerified={(identified) => setPerson(personOf(identified, booked))}
        onCheckedByEye={() => {
          setCheckedByEye(true);
          setPerson({
            name: appointment.name,
            birthYear: appointment.birth_year,
            reference: appointment.beneficiary_reference_id,
            appointment: booked,
          });
        }}
      />
    </Stack>
  );
}
