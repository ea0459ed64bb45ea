import { useUser } from '../../auth/useSession';

/** The districts a district administrator runs; undefined for a tenant administrator (every district). */
export function useScopeDistricts(): readonly number[] | undefined {
  const user = useUser();
  return user.role === 'district_admin' ? user.districtIds : undefined;
}
