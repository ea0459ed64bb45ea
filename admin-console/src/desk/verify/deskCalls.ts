import { tenantApi } from '../../api/clients';
import type { TenantSchema } from '../../api/types';
import type { WalkInRegistration } from '../offline/deskDatabase';
import type { DeskServices } from '../offline/deskServices';
import { reach, type Reached } from '../offline/reached';

type Identified = TenantSchema<'Identified'>;

/** Runs a desk call and tells the desk whether the server was there. */
async function noted<T>(services: DeskServices, call: () => Promise<Reached<T>>): Promise<Reached<T>> {
  const reached = await call();
  services.noteReachable(reached.kind !== 'unreachable');
  return reached;
}

/** Who holds this appointment, if the 4-digit code of their slip matches. */
export function verifyBySecurityCode(
  services: DeskServices,
  facilityId: number,
  appointment: { appointment_id: string; beneficiary_reference_id: string },
  securityCode: string,
): Promise<Reached<Identified>> {
  return noted(services, () =>
    reach(() =>
      tenantApi.POST('/api/staff/desk/verify', {
        body: {
          facility_id: facilityId,
          appointment_id: appointment.appointment_id,
          beneficiary_reference_id: appointment.beneficiary_reference_id,
          security_code: securityCode.trim(),
        },
      }),
    ),
  );
}

/** Who is registered with this identity document. */
export function verifyByDocument(
  services: DeskServices,
  facilityId: number,
  documentType: number,
  number: string,
): Promise<Reached<Identified>> {
  return noted(services, () =>
    reach(() =>
      tenantApi.POST('/api/staff/desk/verify', {
        body: { facility_id: facilityId, photo_id_type: documentType, photo_id_number: number.trim() },
      }),
    ),
  );
}

/** Registers a walk-in; their reference. */
export function registerWalkIn(
  services: DeskServices,
  facilityId: number,
  walkIn: WalkInRegistration,
): Promise<Reached<TenantSchema<'Registered'>>> {
  return noted(services, () =>
    reach(() => tenantApi.POST('/api/staff/desk/walk-in', { body: { facility_id: facilityId, ...walkIn } })),
  );
}
