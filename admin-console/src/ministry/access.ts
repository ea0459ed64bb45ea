/**
 * What each ministry role may do, as the server's access policy (backend/app/src/access/rbac_policy.csv) says. The
 * server enforces it; the console only uses it to hide pages and buttons a role would be refused, so nobody is
 * offered an action that can only fail.
 */
export interface MinistryAbilities {
  /** Dashboard and CSV exports (`report read`). */
  readReports: boolean;
  /** Create, edit and deactivate facilities of their districts (`facility write`). */
  writeFacilities: boolean;
  /** Publish and change sessions (`session write`). */
  writeSessions: boolean;
  /** See the staff directory, disable and enable staff (`staff manage`). */
  manageStaff: boolean;
  /** Invite staff (`staff invite`). */
  inviteStaff: boolean;
  /** See AEFI reports (`aefi read`). */
  readAefi: boolean;
  /** Correct beneficiaries and doses and read the trail (`correction write/read`). */
  correct: boolean;
  /** Read the tenant's audit log (`audit read`). */
  readAudit: boolean;
  /** Change the country's configuration (tenant administrators only). */
  configure: boolean;
}

const NOTHING: MinistryAbilities = {
  readReports: false,
  writeFacilities: false,
  writeSessions: false,
  manageStaff: false,
  inviteStaff: false,
  readAefi: false,
  correct: false,
  readAudit: false,
  configure: false,
};

/** The abilities of a role; roles without ministry pages have none. */
export function abilitiesOf(role: string): MinistryAbilities {
  switch (role) {
    case 'tenant_admin':
      return {
        readReports: true,
        writeFacilities: true,
        writeSessions: true,
        manageStaff: true,
        inviteStaff: true,
        readAefi: true,
        correct: true,
        readAudit: true,
        configure: true,
      };
    case 'district_admin':
      return { ...NOTHING, readReports: true, writeFacilities: true, writeSessions: true, readAefi: true };
    default:
      return NOTHING;
  }
}
