import type { TenantSchema } from '../../api/types';
import type { QueuedDose, WalkInRegistration } from './deskDatabase';
import type { DoseQueue, Verdict } from './doseQueue';
import { refusesTheRequest, type Reached } from './reached';

type DoseRecordBody = TenantSchema<'DoseRecordBody'>;
type RecordResult = TenantSchema<'RecordResult'>;

/** The server calls a sync makes; the real ones are in deskApi.ts, tests pass their own. */
export interface DeskSyncApi {
  /** The staff member the browser's session belongs to now (GET /api/staff/me). */
  currentStaffId(): Promise<Reached<string>>;
  /** Registers a walk-in; their reference. */
  registerWalkIn(facilityId: number, walkIn: WalkInRegistration): Promise<Reached<string>>;
  /** Finds a registered person by their document; their reference. */
  findByDocument(facilityId: number, documentType: number, number: string): Promise<Reached<string>>;
  /** POST /api/staff/doses/bulk: one result per record, in order. */
  recordMany(records: DoseRecordBody[]): Promise<Reached<RecordResult[]>>;
}

/** Why a sync stopped before every pending dose had a verdict. */
export type SyncStop =
  | { reason: 'unreachable' }
  /** Someone else is signed in in this browser: the doses wait for the staff member who gave them. */
  | { reason: 'other-staff' }
  | { reason: 'refused'; errorCode: string; error: string; status: number };

export interface SyncReport {
  recorded: number;
  duplicate: number;
  refused: number;
  /** Still waiting after this sync. */
  pending: number;
  stopped?: SyncStop;
}

/** The server's bulk endpoint takes at most this many records at once. */
export const MAX_RECORDS_PER_UPLOAD = 500;

/** The server answered this dose is already there under another key: for the desk, a duplicate, not a failure. */
const ALREADY_RECORDED = 'DOSE_ALREADY_RECORDED';
/** A walk-in registered by an earlier sync whose answer was lost: found again by their document. */
const DOCUMENT_REGISTERED = 'ID_DOCUMENT_ALREADY_REGISTERED';

export function verdictOf(result: RecordResult): Verdict {
  switch (result.outcome) {
    case 'recorded':
      return { status: 'recorded' };
    case 'replayed':
      return { status: 'duplicate' };
    case 'refused': {
      const errorCode = result.errorCode ?? undefined;
      const error = result.error ?? undefined;
      return { status: errorCode === ALREADY_RECORDED ? 'duplicate' : 'refused', errorCode, error };
    }
  }
}

export function recordOf(entry: QueuedDose & { reference: string }): DoseRecordBody {
  return {
    idempotency_key: entry.idempotencyKey,
    beneficiary_reference_id: entry.reference,
    facility_id: entry.facilityId,
    vaccine: entry.vaccine,
    batch: entry.batch,
    dose: entry.dose,
    given_on: entry.givenOn,
  };
}

type Failed = Exclude<Reached<unknown>, { kind: 'ok' }>;

/** A failed call as the reason a sync stopped. */
function stopFor(failed: Failed): SyncStop {
  if (failed.kind === 'unreachable') return { reason: 'unreachable' };
  const { errorCode, error, status } = failed;
  return { reason: 'refused', errorCode, error, status };
}

/** Why a call stops the sync, or undefined when it answered, or refused only the entry it was about. */
function stopOf<T>(reached: Reached<T>): SyncStop | undefined {
  if (reached.kind === 'ok') return undefined;
  if (reached.kind === 'refused' && !refusesTheRequest(reached)) return undefined;
  return stopFor(reached);
}

/**
 * Registers a queued walk-in, or finds them when an earlier sync registered them but its answer never arrived.
 * Returns their reference, a refusal of this entry, or why the sync must stop.
 */
async function registerWalkIn(
  api: DeskSyncApi,
  entry: QueuedDose & { walkIn: WalkInRegistration },
): Promise<Reached<string>> {
  const registered = await api.registerWalkIn(entry.facilityId, entry.walkIn);
  if (registered.kind !== 'refused' || registered.errorCode !== DOCUMENT_REGISTERED) return registered;
  const found = await api.findByDocument(entry.facilityId, entry.walkIn.photo_id_type, entry.walkIn.photo_id_number);
  // Not found by the document just refused as registered: keep the registration's refusal, it says more.
  return found.kind === 'refused' && !refusesTheRequest(found) ? registered : found;
}

/**
 * Sends every pending dose of `owner` (the staff member whose queue it is): walk-ins queued offline are registered
 * first, then the doses go through the bulk endpoint under the keys they were queued with, so a dose sent twice (a
 * lost answer, two tabs) is recorded once. Nothing is sent under another staff member's session (the server would
 * record them as the vaccinator). Stops at the first sign the network or the session is gone, leaving the rest
 * pending for the next try.
 */
export async function syncQueue(queue: DoseQueue, api: DeskSyncApi, owner: string): Promise<SyncReport> {
  const report: SyncReport = { recorded: 0, duplicate: 0, refused: 0, pending: 0 };
  const settle = async (key: string, verdict: Verdict) => {
    await queue.settle(key, verdict);
    report[verdict.status] += 1;
  };
  const finish = async (stopped?: SyncStop): Promise<SyncReport> => {
    report.pending = await queue.pendingCount();
    if (stopped) report.stopped = stopped;
    return report;
  };

  const waiting = await queue.pending();
  if (waiting.length === 0) return finish();
  const signedIn = await api.currentStaffId();
  if (signedIn.kind !== 'ok') {
    await queue.noteAttempt(waiting.map((entry) => entry.idempotencyKey));
    return finish(stopFor(signedIn));
  }
  if (signedIn.data !== owner) return finish({ reason: 'other-staff' });

  for (const entry of waiting) {
    if (entry.reference || !entry.walkIn) continue;
    const reached = await registerWalkIn(api, { ...entry, walkIn: entry.walkIn });
    const stop = stopOf(reached);
    if (stop) {
      await queue.noteAttempt([entry.idempotencyKey]);
      return finish(stop);
    }
    if (reached.kind === 'ok') await queue.setReference(entry.idempotencyKey, reached.data);
    else if (reached.kind === 'refused') {
      await settle(entry.idempotencyKey, { status: 'refused', errorCode: reached.errorCode, error: reached.error });
    }
  }

  const ready = (await queue.pending()).filter((entry): entry is QueuedDose & { reference: string } =>
    Boolean(entry.reference),
  );
  for (let start = 0; start < ready.length; start += MAX_RECORDS_PER_UPLOAD) {
    const chunk = ready.slice(start, start + MAX_RECORDS_PER_UPLOAD);
    const reached = await api.recordMany(chunk.map(recordOf));
    if (reached.kind !== 'ok') {
      await queue.noteAttempt(chunk.map((entry) => entry.idempotencyKey));
      // Any refusal of the whole upload stops the sync (even one that is not about the session or the server, such
      // as a malformed upload): its doses have no verdict, and the server's words are shown to the vaccinator.
      return finish(stopFor(reached));
    }
    const byKey = new Map(reached.data.map((result) => [result.idempotency_key, result]));
    const unanswered: string[] = [];
    for (const entry of chunk) {
      const result = byKey.get(entry.idempotencyKey);
      if (result) await settle(entry.idempotencyKey, verdictOf(result));
      else unanswered.push(entry.idempotencyKey);
    }
    if (unanswered.length > 0) await queue.noteAttempt(unanswered);
  }
  return finish();
}
