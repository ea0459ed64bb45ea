import type { TenantSchema } from '../../api/types';
import { openDeskDatabase, type DeskDatabase } from './deskDatabase';
import { DoseQueue, type NewDose } from './doseQueue';
import type { Reached } from './reached';
import type { DeskSyncApi } from './syncQueue';

/** Test helpers of the offline modules (fake-indexeddb is installed by src/test/setup.ts). */

let databases = 0;

/** A fresh database of its own, so tests never see each other's entries. */
export async function freshDatabase(): Promise<DeskDatabase> {
  databases += 1;
  return openDeskDatabase('/t/in', `test-${databases}-${Math.random()}`);
}

/** A queue on a fresh database with a clock the test moves and keys `key-1`, `key-2`, ... */
export async function freshQueue(): Promise<{ queue: DoseQueue; db: DeskDatabase; clock: { now: number } }> {
  const db = await freshDatabase();
  const clock = { now: 1_000 };
  let keys = 0;
  const queue = new DoseQueue(
    db,
    () => clock.now,
    () => `key-${++keys}`,
  );
  return { queue, db, clock };
}

export function aDose(overrides: Partial<NewDose> = {}): NewDose {
  return {
    facilityId: 1001,
    givenOn: '04-12-2026',
    vaccine: 'COVISHIELD',
    dose: 1,
    batch: 'B42',
    name: 'Asha Rao',
    reference: '20808180368918',
    ...overrides,
  };
}

/** The staff member whose queue the tests fill. */
export const OWNER = 'vaccinator-1';

type DoseRecordBody = TenantSchema<'DoseRecordBody'>;
type RecordResult = TenantSchema<'RecordResult'>;

/**
 * A server as the queue sees it: records each key once (a second send answers `replayed`), refuses a second dose of
 * the same person and number under another key, and can be switched off (unreachable) or made to refuse everything.
 */
export class FakeDeskServer implements DeskSyncApi {
  reachable = true;
  /** When set, every call is refused as a whole with this status and code. */
  refuseAll: { status: number; errorCode: string } | undefined;
  /** Beneficiary references whose doses the rules refuse. */
  readonly ineligible = new Set<string>();
  readonly doses = new Map<string, DoseRecordBody>();
  readonly registered = new Map<string, string>();
  readonly uploads: DoseRecordBody[][] = [];
  walkInCalls = 0;
  /** Who the session belongs to (the queue's owner in the tests is `vaccinator-1`). */
  signedIn = OWNER;
  private nextReference = 10000000000000;

  private failure(): Exclude<Reached<never>, { kind: 'ok' }> | undefined {
    if (!this.reachable) return { kind: 'unreachable' };
    if (this.refuseAll) return { kind: 'refused', error: 'refused as a whole', ...this.refuseAll };
    return undefined;
  }

  async currentStaffId() {
    const failed = this.failure();
    if (failed) return failed;
    return { kind: 'ok', data: this.signedIn } as const;
  }

  async registerWalkIn(_facilityId: number, walkIn: { photo_id_type: number; photo_id_number: string }) {
    this.walkInCalls += 1;
    const failed = this.failure();
    if (failed) return failed;
    const document = `${walkIn.photo_id_type}:${walkIn.photo_id_number}`;
    if (this.registered.has(document)) {
      return {
        kind: 'refused',
        status: 409,
        errorCode: 'ID_DOCUMENT_ALREADY_REGISTERED',
        error: 'This identity document is already registered.',
      } as const;
    }
    const reference = String(this.nextReference++);
    this.registered.set(document, reference);
    return { kind: 'ok', data: reference } as const;
  }

  async findByDocument(_facilityId: number, documentType: number, number: string) {
    const failed = this.failure();
    if (failed) return failed;
    const reference = this.registered.get(`${documentType}:${number}`);
    if (reference) return { kind: 'ok', data: reference } as const;
    return { kind: 'refused', status: 404, errorCode: 'VERIFICATION_FAILED', error: 'No match.' } as const;
  }

  async recordMany(records: DoseRecordBody[]): Promise<Reached<RecordResult[]>> {
    const failed = this.failure();
    if (failed) return failed;
    this.uploads.push(records);
    const results = records.map((record): RecordResult => {
      const key = record.idempotency_key;
      if (this.doses.has(key)) return { idempotency_key: key, outcome: 'replayed' };
      if (this.ineligible.has(record.beneficiary_reference_id)) {
        return { idempotency_key: key, outcome: 'refused', errorCode: 'AGE_NOT_ELIGIBLE', error: 'Not eligible.' };
      }
      const same = [...this.doses.values()].some(
        (dose) => dose.beneficiary_reference_id === record.beneficiary_reference_id && dose.dose === record.dose,
      );
      if (same) {
        return {
          idempotency_key: key,
          outcome: 'refused',
          errorCode: 'DOSE_ALREADY_RECORDED',
          error: 'This dose has already been recorded for this beneficiary.',
        };
      }
      this.doses.set(key, record);
      return { idempotency_key: key, outcome: 'recorded' };
    });
    return { kind: 'ok', data: results };
  }
}
