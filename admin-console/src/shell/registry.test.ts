import { describe, expect, it } from 'vitest';
import { mayOpen, navItemsFor } from './registry';
import type { NavItem } from './types';

describe('navigation by role', () => {
  const items: NavItem[] = [
    { to: '/a', labelId: 'console-a', roles: ['tenant_admin', 'district_admin'] },
    { to: '/b', labelId: 'console-b', roles: ['vaccinator'] },
    { to: '/c', labelId: 'console-c', roles: ['tenant_admin'], order: 5 },
  ];

  it('shows a role only its items, higher order first, then in registration order', () => {
    expect(navItemsFor('tenant_admin', items).map((item) => item.to)).toEqual(['/c', '/a']);
    expect(navItemsFor('district_admin', items).map((item) => item.to)).toEqual(['/a']);
    expect(navItemsFor('registrar', items)).toEqual([]);
  });

  it('lets only the listed roles open a route', () => {
    const route = { path: 'x', element: null, roles: ['nha_admin'] as const };
    expect(mayOpen(route, 'nha_admin')).toBe(true);
    expect(mayOpen(route, 'tenant_admin')).toBe(false);
  });

  it('gives NHA its pages', () => {
    expect(navItemsFor('nha_admin').map((item) => item.to)).toEqual(['/countries', '/licence-events', '/trust-list', '/audit']);
  });
});
