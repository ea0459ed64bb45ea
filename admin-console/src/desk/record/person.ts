import type { TenantSchema } from '../../api/types';
import type { WalkInRegistration } from '../offline/deskDatabase';

/** The person at the desk, as far as the desk knows them when it is about to record. */
export interface PersonAtDesk {
  name: string;
  birthYear?: number;
  /** Known after a verification or an online walk-in registration. */
  reference?: string;
  /** A walk-in the server has not registered yet (offline): registered when the dose is sent. */
  walkIn?: WalkInRegistration;
  /** Their doses so far (from the verification). */
  history?: readonly TenantSchema<'GivenDose'>[];
  /** `Not Vaccinated`, `Partially Vaccinated` or `Vaccinated`, from the server. */
  vaccinationStatus?: string;
  /** What their appointment of today says. */
  appointment?: { vaccine: string; dose: number };
}

/** The person the server identified. */
export function personOf(
  identified: TenantSchema<'Identified'>,
  appointment?: { vaccine: string; dose: number },
): PersonAtDesk {
  return {
    name: identified.name,
    birthYear: identified.birth_year,
    reference: identified.beneficiary_reference_id,
    history: identified.doses,
    vaccinationStatus: identified.vaccination_status,
    appointment,
  };
}
