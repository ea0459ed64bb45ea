/** Every staff role the server knows, with its label's message id (written out so the message test sees them). */
export const STAFF_ROLE_LABELS: Readonly<Record<string, string>> = {
  tenant_admin: 'console-ministry-role-tenant-admin',
  district_admin: 'console-ministry-role-district-admin',
  facility_manager: 'console-ministry-role-facility-manager',
  vaccinator: 'console-ministry-role-vaccinator',
  verifier: 'console-ministry-role-verifier',
  partner_app: 'console-ministry-role-partner-app',
};

export const INVITABLE_ROLES = Object.keys(STAFF_ROLE_LABELS);

/** What a role's scope is made of: districts (district admins), facilities (managers, vaccinators) or nothing. */
export function scopeKind(role: string): 'districts' | 'facilities' | 'none' {
  if (role === 'district_admin') return 'districts';
  if (role === 'facility_manager' || role === 'vaccinator') return 'facilities';
  return 'none';
}
