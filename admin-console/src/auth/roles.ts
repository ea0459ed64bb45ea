/** The roles the console has screens for; any other role (e.g. an API-only one) sees a "nothing for you" page. */
export const CONSOLE_ROLES = ['nha_admin', 'tenant_admin', 'district_admin', 'facility_manager', 'vaccinator'] as const;

export type Role = (typeof CONSOLE_ROLES)[number];

export function isConsoleRole(role: string): role is Role {
  return (CONSOLE_ROLES as readonly string[]).includes(role);
}

/** Ministry roles (dashboards, facilities, configuration). */
export const MINISTRY_ROLES: readonly Role[] = ['tenant_admin', 'district_admin'];
/** Desk roles (today's appointments, recording doses). */
export const DESK_ROLES: readonly Role[] = ['facility_manager', 'vaccinator'];
export const NHA_ROLES: readonly Role[] = ['nha_admin'];
