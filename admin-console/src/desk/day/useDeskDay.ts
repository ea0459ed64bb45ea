import { useMemo } from 'react';
import { tenantApi } from '../../api/clients';
import { useI18n } from '../../i18n/useT';
import { useDesk } from '../frame/deskContext';
import { useCachedQuery } from '../frame/useCachedQuery';
import { reach } from '../offline/reached';

/** The facility's appointments of today, kept for the day the network drops. */
export function useAppointments() {
  const { services, facility, today } = useDesk();
  return useCachedQuery(services, `appointments:${facility.id}:${today}`, () =>
    reach(() =>
      tenantApi.GET('/api/staff/desk/appointments', { params: { query: { facility_id: facility.id, date: today } } }),
    ),
  );
}

/** The facility's sessions of today: the vaccines a walk-in can be given. */
export function useTodaysSessions() {
  const { services, facility, today } = useDesk();
  return useCachedQuery(services, `sessions:${facility.id}:${today}`, () =>
    reach(() =>
      tenantApi.GET('/api/staff/sessions', { params: { query: { facility_id: facility.id, from: today, to: today } } }),
    ),
  );
}

/** The vaccines of today's sessions, each once, in the order the sessions came; empty while unknown. */
export function useTodaysVaccines(): string[] {
  const sessions = useTodaysSessions();
  return useMemo(
    () => [...new Set((sessions.data?.value.sessions ?? []).map((session) => session.vaccine))],
    [sessions.data],
  );
}

/** The country's identity documents, named in the desk's language. */
export function useIdTypes() {
  const { services } = useDesk();
  const { language } = useI18n();
  return useCachedQuery(services, `id-types:${language}`, () =>
    reach(() => tenantApi.GET('/api/v2/registration/beneficiary/idTypes')),
  );
}

/** The country's genders, named in the desk's language. */
export function useGenders() {
  const { services } = useDesk();
  const { language } = useI18n();
  return useCachedQuery(services, `genders:${language}`, () =>
    reach(() => tenantApi.GET('/api/v2/registration/beneficiary/genders')),
  );
}

/**
 * Loads everything a desk page may need later, while the network is there: opening the desk in the morning is
 * enough for walk-ins and verifications by document to work offline in the afternoon.
 */
export function useWarmDeskCache(): void {
  useTodaysSessions();
  useIdTypes();
  useGenders();
}
