import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** A walk-in's registration, kept with a dose queued before the server could register them. */
export interface WalkInRegistration {
  mobile: string;
  name: string;
  birth_year: number;
  gender_id: number;
  photo_id_type: number;
  photo_id_number: string;
}

/**
 * Where a queued dose stands: waiting to reach the server, or the server's verdict. `duplicate` means the dose is on
 * the server once already (sent before under the same key, or recorded for this person under another key).
 */
export type QueuedStatus = 'pending' | 'recorded' | 'duplicate' | 'refused';

/** A dose given at the desk, kept until the server has judged it. */
export interface QueuedDose {
  /** Generated once, when the dose is queued; every send of this dose carries it, so the server records it once. */
  idempotencyKey: string;
  /** Same person and dose number ⇒ same value: queuing it again returns the first entry. */
  dedupeKey: string;
  queuedAt: number;
  facilityId: number;
  /** `DD-MM-YYYY` in the country's time zone when it was given. */
  givenOn: string;
  vaccine: string;
  dose: number;
  batch: string;
  /** Their name, to show in the list. */
  name: string;
  /** Their reference: known at once after a verification, or once the walk-in below is registered. */
  reference?: string;
  /** A walk-in the desk could not register yet (no network): registered before the dose is sent. */
  walkIn?: WalkInRegistration;
  status: QueuedStatus;
  /** Sends tried that did not reach a verdict. */
  attempts: number;
  lastAttemptAt?: number;
  settledAt?: number;
  /** The server's code and text (in the desk's language) for a refusal or a duplicate. */
  errorCode?: string;
  error?: string;
}

/** A copy of something read from the server, kept for the day the network drops. */
export interface CachedEntry {
  key: string;
  value: unknown;
  savedAt: number;
}

interface DeskSchema extends DBSchema {
  doses: {
    key: string;
    value: QueuedDose;
    indexes: { byDedupeKey: string; byStatus: QueuedStatus };
  };
  cache: { key: string; value: CachedEntry };
  settings: { key: string; value: { key: string; value: string } };
}

export type DeskDatabase = IDBPDatabase<DeskSchema>;

const VERSION = 1;

/**
 * One database per console prefix and staff member: the console of every country runs on the same origin, and a
 * tablet may be shared, so one country's (or one vaccinator's) queue is never shown or sent under another.
 */
export function deskDatabaseName(prefix: string, staffId: string): string {
  return `cowin-desk:${prefix || '/'}:${staffId}`;
}

export function openDeskDatabase(prefix: string, staffId: string): Promise<DeskDatabase> {
  return openDB<DeskSchema>(deskDatabaseName(prefix, staffId), VERSION, {
    upgrade(db) {
      const doses = db.createObjectStore('doses', { keyPath: 'idempotencyKey' });
      doses.createIndex('byDedupeKey', 'dedupeKey');
      doses.createIndex('byStatus', 'status');
      db.createObjectStore('cache', { keyPath: 'key' });
      db.createObjectStore('settings', { keyPath: 'key' });
    },
  });
}
