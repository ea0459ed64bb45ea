import { deskNavItems, deskRoutes } from '../desk/routes';
import { ministryNavItems, ministryRoutes } from '../ministry/routes';
import { nhaNavItems, nhaRoutes } from '../nha/routes';
import type { ConsoleRoute, NavItem } from './types';

/** Every area's pages; each area registers its own in `<area>/routes.tsx`. */
export const allRoutes: readonly ConsoleRoute[] = [...nhaRoutes, ...ministryRoutes, ...deskRoutes];

export const allNavItems: readonly NavItem[] = [...nhaNavItems, ...ministryNavItems, ...deskNavItems];

/** The navigation a role sees, in order. */
export function navItemsFor(role: string, items: readonly NavItem[] = allNavItems): NavItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => (item.roles as readonly string[]).includes(role))
    .sort((a, b) => (b.item.order ?? 0) - (a.item.order ?? 0) || a.index - b.index)
    .map(({ item }) => item);
}

/** Whether `role` may open `route`. */
export function mayOpen(route: ConsoleRoute, role: string): boolean {
  return (route.roles as readonly string[]).includes(role);
}
