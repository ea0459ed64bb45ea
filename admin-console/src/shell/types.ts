import type { ComponentType, ReactNode } from 'react';
import type { Role } from '../auth/roles';

/** A page of the console. `path` is relative to the hash root (`facilities`, `facilities/:id`). */
export interface ConsoleRoute {
  path: string;
  element: ReactNode;
  /** Who may open it; everyone else gets the "not for your role" page. */
  roles: readonly Role[];
}

/** An entry of the navigation. `to` is an absolute hash path (`/facilities`). */
export interface NavItem {
  to: string;
  /** Message id of its label (`console-nav-...`), written out in full so the message test finds it. */
  labelId: string;
  icon?: ComponentType<{ size?: number | string; stroke?: number }>;
  roles: readonly Role[];
  /** Higher first within the menu; ties keep registration order. Default 0. */
  order?: number;
}
