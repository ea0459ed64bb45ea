import { platformApi, tenantApi } from '../api/clients';
import { ApiError, unwrap } from '../api/errors';
import { isPlatformConsole } from '../api/prefix';
import type { SignedInUser } from './context';

/** The signed-in user, or undefined when no session (401). Other failures throw. */
export async function fetchCurrentUser(): Promise<SignedInUser | undefined> {
  try {
    if (isPlatformConsole) {
      const me = unwrap(await platformApi.GET('/api/me'));
      return { id: me.id, name: me.name, role: me.role, districtIds: [], facilityIds: [] };
    }
    const me = unwrap(await tenantApi.GET('/api/staff/me'));
    return { id: me.id, name: me.name, role: me.role, districtIds: me.district_ids, facilityIds: me.facility_ids };
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return undefined;
    throw error;
  }
}

export async function openSession(email: string, password: string): Promise<void> {
  if (isPlatformConsole) unwrap(await platformApi.POST('/api/session', { body: { email, password } }));
  else unwrap(await tenantApi.POST('/api/staff/session', { body: { email, password } }));
}

export async function closeSession(): Promise<void> {
  if (isPlatformConsole) unwrap(await platformApi.DELETE('/api/session'));
  else unwrap(await tenantApi.DELETE('/api/staff/session'));
}
