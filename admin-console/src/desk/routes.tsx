import { IconListCheck, IconVaccine } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { DESK_ROLES } from '../auth/roles';
import type { ConsoleRoute, NavItem } from '../shell/types';
import { DeskFrame } from './frame/DeskFrame';
import { DeskHomePage } from './home/DeskHomePage';
import { QueuePage } from './queue/QueuePage';
import { AppointmentPage } from './verify/AppointmentPage';
import { DocumentPage } from './verify/DocumentPage';
import { WalkInPage } from './walkin/WalkInPage';

/**
 * The vaccinator desk's pages (facility managers and vaccinators). They are part of the main bundle, not loaded on
 * demand, so that moving between them works with the network cut.
 */
function desk(page: ReactNode): ReactNode {
  return <DeskFrame>{page}</DeskFrame>;
}

export const deskRoutes: ConsoleRoute[] = [
  { path: 'desk', element: desk(<DeskHomePage />), roles: DESK_ROLES },
  { path: 'desk/appointment/:appointmentId', element: desk(<AppointmentPage />), roles: DESK_ROLES },
  { path: 'desk/document', element: desk(<DocumentPage />), roles: DESK_ROLES },
  { path: 'desk/walk-in', element: desk(<WalkInPage />), roles: DESK_ROLES },
  { path: 'desk/queue', element: desk(<QueuePage />), roles: DESK_ROLES },
];

export const deskNavItems: NavItem[] = [
  { to: '/desk', labelId: 'console-nav-desk', icon: IconVaccine, roles: DESK_ROLES, order: 10 },
  { to: '/desk/queue', labelId: 'console-nav-desk-queue', icon: IconListCheck, roles: DESK_ROLES, order: 9 },
];
