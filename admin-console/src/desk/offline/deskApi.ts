import type { createTenantClient } from '../../api/clients';
import { reach } from './reached';
import type { DeskSyncApi } from './syncQueue';

type TenantClient = ReturnType<typeof createTenantClient>;

/** The queue's calls, made with the console's client (its prefix fixes the country; it adds CSRF and language). */
export function deskSyncApi(client: TenantClient): DeskSyncApi {
  return {
    async currentStaffId() {
      const reached = await reach(() => client.GET('/api/staff/me'));
      return reached.kind === 'ok' ? { kind: 'ok', data: reached.data.id } : reached;
    },
    async registerWalkIn(facilityId, walkIn) {
      const reached = await reach(() =>
        client.POST('/api/staff/desk/walk-in', { body: { facility_id: facilityId, ...walkIn } }),
      );
      return reached.kind === 'ok' ? { kind: 'ok', data: reached.data.beneficiary_reference_id } : reached;
    },
    async findByDocument(facilityId, documentType, number) {
      const reached = await reach(() =>
        client.POST('/api/staff/desk/verify', {
          body: { facility_id: facilityId, photo_id_type: documentType, photo_id_number: number },
        }),
      );
      return reached.kind === 'ok' ? { kind: 'ok', data: reached.data.beneficiary_reference_id } : reached;
    },
    async recordMany(records) {
      const reached = await reach(() => client.POST('/api/staff/doses/bulk', { body: { records } }));
      return reached.kind === 'ok' ? { kind: 'ok', data: reached.data.results } : reached;
    },
  };
}
