import { createContext } from 'react';
import type { TenantSchema } from '../api/types';

export interface ConsoleInfo {
  /** '' , '/t/in' or '/platform': everything before `/console/`. */
  prefix: string;
  /** True in the NHA console. */
  isPlatform: boolean;
  /** The country of a country's console (GET {prefix}/api/tenant); undefined in the NHA console. */
  tenant: TenantSchema<'TenantInfo'> | undefined;
}

export const ConsoleContext = createContext<ConsoleInfo | null>(null);
