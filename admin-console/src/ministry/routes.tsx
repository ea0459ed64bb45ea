import {
  IconAlertTriangle,
  IconBuildingHospital,
  IconCalendarEvent,
  IconChartBar,
  IconHistory,
  IconMessageReport,
  IconPencilCheck,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';
import { MINISTRY_ROLES, type Role } from '../auth/roles';
import type { ConsoleRoute, NavItem } from '../shell/types';
import { AefiPage } from './aefi/AefiPage';
import { AuditPage } from './audit/AuditPage';
import { ConfigurationPage } from './configuration/ConfigurationPage';
import { CorrectionsPage } from './corrections/CorrectionsPage';
import { DashboardPage } from './dashboard/DashboardPage';
import { FacilitiesPage } from './facilities/FacilitiesPage';
import { RequestsPage } from './requests/RequestsPage';
import { SessionsPage } from './sessions/SessionsPage';
import { StaffPage } from './staff/StaffPage';

/**
 * Pages only a tenant administrator has: the server's policy gives district administrators no staff directory,
 * corrections, citizens' requests, audit log or configuration (see access.ts).
 */
const TENANT_ADMIN: readonly Role[] = ['tenant_admin'];

// Paths are shared with the other areas' (one router): the tenant's audit log is `audit-log` because NHA's is `audit`.

/** The ministry's pages (tenant and district administrators). */
export const ministryRoutes: ConsoleRoute[] = [
  { path: 'dashboard', element: <DashboardPage />, roles: MINISTRY_ROLES },
  { path: 'facilities', element: <FacilitiesPage />, roles: MINISTRY_ROLES },
  { path: 'sessions', element: <SessionsPage />, roles: MINISTRY_ROLES },
  { path: 'staff', element: <StaffPage />, roles: TENANT_ADMIN },
  { path: 'aefi', element: <AefiPage />, roles: MINISTRY_ROLES },
  { path: 'requests', element: <RequestsPage />, roles: TENANT_ADMIN },
  { path: 'corrections', element: <CorrectionsPage />, roles: TENANT_ADMIN },
  { path: 'audit-log', element: <AuditPage />, roles: TENANT_ADMIN },
  { path: 'configuration', element: <ConfigurationPage />, roles: TENANT_ADMIN },
];

export const ministryNavItems: NavItem[] = [
  { to: '/dashboard', labelId: 'console-ministry-nav-dashboard', icon: IconChartBar, roles: MINISTRY_ROLES, order: 100 },
  { to: '/facilities', labelId: 'console-ministry-nav-facilities', icon: IconBuildingHospital, roles: MINISTRY_ROLES, order: 90 },
  { to: '/sessions', labelId: 'console-ministry-nav-sessions', icon: IconCalendarEvent, roles: MINISTRY_ROLES, order: 80 },
  { to: '/staff', labelId: 'console-ministry-nav-staff', icon: IconUsers, roles: TENANT_ADMIN, order: 70 },
  { to: '/aefi', labelId: 'console-ministry-nav-aefi', icon: IconAlertTriangle, roles: MINISTRY_ROLES, order: 60 },
  { to: '/requests', labelId: 'console-ministry-requests-nav', icon: IconMessageReport, roles: TENANT_ADMIN, order: 55 },
  { to: '/corrections', labelId: 'console-ministry-nav-corrections', icon: IconPencilCheck, roles: TENANT_ADMIN, order: 50 },
  { to: '/audit-log', labelId: 'console-ministry-nav-audit', icon: IconHistory, roles: TENANT_ADMIN, order: 40 },
  { to: '/configuration', labelId: 'console-ministry-nav-configuration', icon: IconSettings, roles: TENANT_ADMIN, order: 30 },
];
