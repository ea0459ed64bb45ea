/** Short names for the generated schemas: `TenantSchema<'Profile'>`, `PlatformSchema<'TenantView'>`. */
import type { components as PlatformComponents } from './generated/platform';
import type { components as TenantComponents } from './generated/tenant';

export type TenantSchema<Name extends keyof TenantComponents['schemas']> = TenantComponents['schemas'][Name];
export type PlatformSchema<Name extends keyof PlatformComponents['schemas']> = PlatformComponents['schemas'][Name];
