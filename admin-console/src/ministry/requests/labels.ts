import type { TenantSchema } from '../../api/types';

type CitizenRequest = TenantSchema<'CitizenRequest'>;

/** Message ids of the kinds of citizens' requests (written out so the message test sees them). */
export const REQUEST_KIND_LABELS: Readonly<Record<string, string>> = {
  name: 'console-ministry-requests-kind-name',
  birth_year: 'console-ministry-requests-kind-birth-year',
  gender: 'console-ministry-requests-kind-gender',
  wrong_dose: 'console-ministry-requests-kind-wrong-dose',
  no_certificate: 'console-ministry-requests-kind-no-certificate',
  other: 'console-ministry-requests-kind-other',
};

/** Message ids of the statuses a request can have. */
export const REQUEST_STATUS_LABELS: Readonly<Record<string, string>> = {
  open: 'console-ministry-requests-status-open',
  approved: 'console-ministry-requests-status-approved',
  resolved: 'console-ministry-requests-status-resolved',
  rejected: 'console-ministry-requests-status-rejected',
};

export const REQUEST_STATUS_COLOURS: Readonly<Record<string, string>> = {
  open: 'blue',
  approved: 'green',
  resolved: 'teal',
  rejected: 'gray',
};

/** The status filter of the page, in the order it offers them (`status=` of `GET /api/staff/requests`). */
export const STATUS_FILTERS: ReadonlyArray<{ value: string; labelId: string }> = [
  { value: 'open', labelId: 'console-ministry-requests-status-open' },
  { value: 'approved', labelId: 'console-ministry-requests-status-approved' },
  { value: 'resolved', labelId: 'console-ministry-requests-status-resolved' },
  { value: 'rejected', labelId: 'console-ministry-requests-status-rejected' },
  { value: 'all', labelId: 'console-ministry-requests-status-all' },
];

/** The kinds that ask for a record to be corrected; the others are grievances. */
const CORRECTION_KINDS: ReadonlySet<string> = new Set(['name', 'birth_year', 'gender']);

export function isCorrection(kind: string): boolean {
  return CORRECTION_KINDS.has(kind);
}

/** What an administrator can do with an open request: accepting a correction approves it, a grievance is resolved. */
export type Decision = 'approve' | 'resolve' | 'reject';

/** The accepting decision for a request of `kind`. */
export function acceptDecision(kind: string): Decision {
  return isCorrection(kind) ? 'approve' : 'resolve';
}

/** Message ids of each decision: its button, its name with the tracking number (a row's button, the dialog's title), the dialog's text and the toast; and its colour. */
export const DECISION_LABELS: Readonly<
  Record<Decision, { button: string; named: string; text: string; done: string; color: string }>
> = {
  approve: {
    button: 'console-ministry-requests-approve',
    named: 'console-ministry-requests-approve-named',
    text: 'console-ministry-requests-approve-text',
    done: 'console-ministry-requests-approved-done',
    color: 'green',
  },
  resolve: {
    button: 'console-ministry-requests-resolve',
    named: 'console-ministry-requests-resolve-named',
    text: 'console-ministry-requests-resolve-text',
    done: 'console-ministry-requests-resolved-done',
    color: 'green',
  },
  reject: {
    button: 'console-ministry-requests-reject',
    named: 'console-ministry-requests-reject-named',
    text: 'console-ministry-requests-reject-text',
    done: 'console-ministry-requests-rejected-done',
    color: 'red',
  },
};

/** The body of `POST /api/staff/requests/{tracking_number}/decision`. */
export function decisionBody(decision: Decision, note: string): TenantSchema<'DecisionBody'> {
  return { accept: decision !== 'reject', note: note.trim() };
}

/**
 * The value a request asks for, as text: a gender request names the gender (its id when the country's list does not
 * have it), a grievance has none ('—').
 */
export function requestedValueText(request: Pick<CitizenRequest, 'kind' | 'requested_value'>, genderName: (id: number) => string | undefined): string {
  const value = request.requested_value?.trim();
  if (!value) return '—';
  if (request.kind === 'gender' && /^\d+$/.test(value)) return genderName(Number(value)) ?? value;
  return value;
}
