import { describe, expect, it } from 'vitest';
import { allRoutes } from '../shell/registry';
import { ministryNavItems, ministryRoutes } from './routes';

describe('ministry routes', () => {
  it('use no path another area uses (one router serves every area)', () => {
    const paths = allRoutes.map((route) => route.path);
    for (const route of ministryRoutes) expect(paths.filter((path) => path === route.path)).toHaveLength(1);
  });

  it('have a page behind every navigation item, for the same roles', () => {
    for (const item of ministryNavItems) {
      const route = ministryRoutes.find((candidate) => `/${candidate.path}` === item.to);
      expect(route, item.to).toBeDefined();
      expect(route?.roles).toEqual(item.roles);
    }
  });
});
