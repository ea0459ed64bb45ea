import type { TenantSchema } from '../../api/types';
import { scopeKind } from './roles';

/** A staff member's new role and the scope it needs. */
export interface RoleValues {
  role: string | null;
  districtIds: string[];
  facilityIds: string[];
}

/** The form of a member's current role and scope. */
export function roleValuesOf(member: { role: string; district_ids: number[]; facility_ids: number[] }): RoleValues {
  return { role: member.role, districtIds: member.district_ids.map(String), facilityIds: member.facility_ids.map(String) };
}

/** Problems of a role change, as message ids by field: the scope must fit the role, as the server requires. */
export function roleProblems(values: RoleValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!values.role) problems.role = 'console-required';
  const scope = scopeKind(values.role ?? '');
  if (scope === 'districts' && values.districtIds.length === 0) problems.districtIds = 'console-ministry-staff-districts-missing';
  if (scope === 'facilities' && values.facilityIds.length === 0) problems.facilityIds = 'console-ministry-staff-facilities-missing';
  return problems;
}

/** The request: the role with only the scope it has (others empty). */
export function roleBody(values: RoleValues): TenantSchema<'RoleChange'> {
  const role = values.role ?? '';
  const scope = scopeKind(role);
  return {
    role,
    district_ids: scope === 'districts' ? values.districtIds.map(Number) : [],
    facility_ids: scope === 'facilities' ? values.facilityIds.map(Number) : [],
  };
}
