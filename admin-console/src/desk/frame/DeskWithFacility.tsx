import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { tenantApi } from '../../api/clients';
import { QueryState } from '../../components/QueryState';
import { useConsole } from '../../console/useConsole';
import { useT } from '../../i18n/useT';
import { readPreference, writePreference } from '../../preferences';
import { MessagePage } from '../../shell/MessagePage';
import type { DeskServices } from '../offline/deskServices';
import { reach } from '../offline/reached';
import { DeskContext, type Desk, type Facility } from './deskContext';
import { useCachedQuery } from './useCachedQuery';
import { useTenantToday } from './useTenantToday';

const FACILITY_PREFERENCE = 'desk-facility';

/** Loads the staff member's facilities (kept for offline use) and keeps the one the desk works at. */
export function DeskWithFacility({ services, children }: { services: DeskServices; children: ReactNode }) {
  const facilities = useCachedQuery(services, 'facilities', () => reach(() => tenantApi.GET('/api/staff/facilities')));
  return (
    <QueryState query={facilities}>
      {(data) => (
        <DeskOfFacilities services={services} facilities={data.value.facilities.filter((f) => f.active)}>
          {children}
        </DeskOfFacilities>
      )}
    </QueryState>
  );
}

function DeskOfFacilities({
  services,
  facilities,
  children,
}: {
  services: DeskServices;
  facilities: readonly Facility[];
  children: ReactNode;
}) {
  const t = useT();
  const { prefix } = useConsole();
  const today = useTenantToday();
  const [chosenId, setChosenId] = useState(() => Number(readPreference(prefix, FACILITY_PREFERENCE)));
  const chooseFacility = useCallback(
    (id: number) => {
      writePreference(prefix, FACILITY_PREFERENCE, String(id));
      setChosenId(id);
    },
    [prefix],
  );
  const facility = facilities.find((candidate) => candidate.id === chosenId) ?? facilities[0];
  const desk = useMemo<Desk | undefined>(
    () => (facility ? { services, facility, facilities, chooseFacility, today } : undefined),
    [services, facility, facilities, chooseFacility, today],
  );

  if (!desk) return <MessagePage title={t('console-desk-no-facility-title')} text={t('console-desk-no-facility-text')} />;
  return (
    <DeskContext.Provider value={desk}>
      {children}
    </DeskContext.Provider>
  );
}
