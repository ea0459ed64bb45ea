import type { TenantSchema } from '../../api/types';
import { scopeKind } from './roles';

export interface InviteValues {
  name: string;
  email: string;
  role: string | null;
  districtIds: string[];
  facilityIds: string[];
}

export const emptyInvite: InviteValues = { name: '', email: '', role: null, districtIds: [], facilityIds: [] };

/** Problems of an invitation, as message ids by field. */
export function inviteProblems(values: InviteValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!values.name.trim()) problems.name = 'console-required';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) problems.email = 'console-ministry-staff-email-invalid';
  if (!values.role) problems.role = 'console-required';
  const scope = scopeKind(values.role ?? '');
  if (scope === 'districts' && values.districtIds.length === 0) problems.districtIds = 'console-ministry-staff-districts-missing';
  if (scope === 'facilities' && values.facilityIds.length === 0) problems.facilityIds = 'console-ministry-staff-facilities-missing';
  return problems;
}

/** The invitation request: only the scope the role has. */
export function inviteBody(values: InviteValues): TenantSchema<'InvitationBody'> {
  const role = values.role ?? '';
  const scope = scopeKind(role);
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    role,
    district_ids: scope === 'districts' ? values.districtIds.map(Number) : [],
    facility_ids: scope === 'facilities' ? values.facilityIds.map(Number) : [],
  };
}
