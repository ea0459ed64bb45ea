import { createContext, useContext, useSyncExternalStore } from 'react';
import type { TenantSchema } from '../../api/types';
import type { DeskServices, DeskStatus } from '../offline/deskServices';

export type Facility = TenantSchema<'FacilityView'>;

/** What every desk page works with: the queue and its sync, the facility chosen, and the country's today. */
export interface Desk {
  services: DeskServices;
  facility: Facility;
  /** The active facilities the staff member works at (more than one: the desk offers a choice). */
  facilities: readonly Facility[];
  chooseFacility: (id: number) => void;
  /** `DD-MM-YYYY` in the country's time zone. */
  today: string;
}

export const DeskContext = createContext<Desk | null>(null);

export function useDesk(): Desk {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('useDesk outside <DeskFrame>');
  return desk;
}

/** The queue's pending count and the connection, kept current. */
export function useDeskStatus(): DeskStatus {
  const { services } = useDesk();
  return useSyncExternalStore(services.subscribe, services.getStatus);
}
