import { IconFileCertificate, IconListSearch, IconShieldCheck, IconWorld } from '@tabler/icons-react';
import { NHA_ROLES } from '../auth/roles';
import type { ConsoleRoute, NavItem } from '../shell/types';
import { AuditPage } from './audit/AuditPage';
import { CountriesPage } from './countries/CountriesPage';
import { LicenceEventsPage } from './licence/LicenceEventsPage';
import { OnboardPage } from './onboard/OnboardPage';
import { TrustListPage } from './trust/TrustListPage';

/** NHA's pages (platform administrators). */
export const nhaRoutes: ConsoleRoute[] = [
  { path: 'countries', element: <CountriesPage />, roles: NHA_ROLES },
  { path: 'countries/onboard', element: <OnboardPage />, roles: NHA_ROLES },
  { path: 'licence-events', element: <LicenceEventsPage />, roles: NHA_ROLES },
  { path: 'trust-list', element: <TrustListPage />, roles: NHA_ROLES },
  { path: 'audit', element: <AuditPage />, roles: NHA_ROLES },
];

export const nhaNavItems: NavItem[] = [
  { to: '/countries', labelId: 'console-nha-nav-countries', icon: IconWorld, roles: NHA_ROLES },
  { to: '/licence-events', labelId: 'console-nha-nav-licence-events', icon: IconFileCertificate, roles: NHA_ROLES },
  { to: '/trust-list', labelId: 'console-nha-nav-trust-list', icon: IconShieldCheck, roles: NHA_ROLES },
  { to: '/audit', labelId: 'console-nha-nav-audit', icon: IconListSearch, roles: NHA_ROLES },
];
