import { Button, SimpleGrid } from '@mantine/core';
import { IconId, IconUserPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { useWarmDeskCache } from '../day/useDeskDay';
import { DeskPage } from '../frame/DeskPage';
import { AppointmentList } from './AppointmentList';
import { FacilityChooser } from './FacilityChooser';

/** The desk's start: the facility, the two ways to find someone without an appointment, and today's list. */
export function DeskHomePage() {
  const t = useT();
  useWarmDeskCache();
  return (
    <DeskPage title={t('console-desk-title')}>
      <FacilityChooser />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Button component={Link} to="/desk/document" size="md" variant="default" leftSection={<IconId size={20} />}>
          {t('console-desk-verify-document')}
        </Button>
        <Button component={Link} to="/desk/walk-in" size="md" variant="default" leftSection={<IconUserPlus size={20} />}>
          {t('console-desk-walk-in')}
        </Button>
      </SimpleGrid>
      <AppointmentList />
    </DeskPage>
  );
}
