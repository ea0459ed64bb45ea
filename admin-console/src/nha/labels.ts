/**
 * Message ids of the values the platform API returns as codes. Written out in full so the message test sees them;
 * unknown codes (a newer server) fall back to showing the code itself.
 */
const TENANT_STATUS: Record<string, string> = {
  active: 'console-nha-status-active',
  suspended: 'console-nha-status-suspended',
};

const LICENCE_STATE: Record<string, string> = {
  valid: 'console-nha-licence-valid',
  missing: 'console-nha-licence-missing',
  LICENCE_MISSING: 'console-nha-licence-missing',
  LICENCE_FORGED: 'console-nha-licence-forged',
  LICENCE_UNTRUSTED_KEY: 'console-nha-licence-untrusted-key',
  LICENCE_EXPIRED: 'console-nha-licence-expired',
  LICENCE_NOT_YET_VALID: 'console-nha-licence-not-yet-valid',
  LICENCE_REVOKED: 'console-nha-licence-revoked',
  LICENCE_OTHER_COUNTRY: 'console-nha-licence-other-country',
  LICENCE_OTHER_DEPLOYMENT: 'console-nha-licence-other-deployment',
  LICENCE_HOST_NOT_LICENSED: 'console-nha-licence-host-not-licensed',
  LICENCE_TERMS_ALTERED: 'console-nha-licence-terms-altered',
};

const LICENCE_CONTEXT: Record<string, string> = {
  apply: 'console-nha-licence-context-apply',
  startup: 'console-nha-licence-context-startup',
  request: 'console-nha-licence-context-request',
};

export const USAGE_METRICS = ['doses', 'registrations', 'bookings', 'certificates'] as const;
export type UsageMetric = (typeof USAGE_METRICS)[number];

export const USAGE_METRIC_LABEL: Record<UsageMetric, string> = {
  doses: 'console-nha-usage-doses',
  registrations: 'console-nha-usage-registrations',
  bookings: 'console-nha-usage-bookings',
  certificates: 'console-nha-usage-certificates',
};

export function tenantStatusLabel(status: string): string | undefined {
  return TENANT_STATUS[status];
}

export function licenceStateLabel(state: string): string | undefined {
  return LICENCE_STATE[state];
}

export function licenceContextLabel(context: string): string | undefined {
  return LICENCE_CONTEXT[context];
}

/** Translates a code through `ids`, showing the code itself when the console does not know it. */
export function labelOf(t: (id: string) => string, id: string | undefined, code: string): string {
  return id ? t(id) : code;
}
