import type { DeskDatabase, QueuedDose, QueuedStatus, WalkInRegistration } from './deskDatabase';
import { newIdempotencyKey } from './idempotencyKey';

/** A dose the vaccinator just gave, before it has a key and a place in the queue. */
export interface NewDose {
  facilityId: number;
  givenOn: string;
  vaccine: string;
  dose: number;
  batch: string;
  name: string;
  reference?: string;
  walkIn?: WalkInRegistration;
}

/** A verdict on a queued dose. */
export interface Verdict {
  status: Exclude<QueuedStatus, 'pending'>;
  errorCode?: string;
  error?: string;
}

/** Document numbers are written with or without separators and in any case; the server reads them alike. */
function normaliseDocumentNumber(number: string): string {
  return number.replace(/[\s\-./]/g, '').toUpperCase();
}

/**
 * Who a dose is for and which dose it is: two entries with the same value are the same dose given twice, which the
 * server would refuse (or, under one key, replay). A walk-in not yet registered is known by their document.
 */
export function dedupeKeyOf(dose: Pick<NewDose, 'reference' | 'walkIn' | 'dose'>): string {
  const person = dose.reference
    ? `ref:${dose.reference.trim()}`
    : dose.walkIn
      ? `doc:${dose.walkIn.photo_id_type}:${normaliseDocumentNumber(dose.walkIn.photo_id_number)}`
      : 'unknown';
  return `${person}|dose:${dose.dose}`;
}

type Listener = () => void;

/**
 * The desk's outbox of doses, in IndexedDB: every dose is queued first, with its idempotency key made once, here, and
 * then sent (at once when online, later when not). Entries stay after the verdict so the vaccinator sees what
 * happened; pending ones are never dropped.
 */
export class DoseQueue {
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly db: DeskDatabase,
    private readonly now: () => number = Date.now,
    private readonly makeKey: () => string = newIdempotencyKey,
  ) {}

  /** Calls `listener` after every change (to refresh the pending count); returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /**
   * Queues the dose, or returns the entry that already holds it (same person and dose number, not refused), so a
   * double tap or a second visit to the desk does not make a second dose. `added` tells which.
   */
  async enqueue(dose: NewDose): Promise<{ entry: QueuedDose; added: boolean }> {
    const dedupeKey = dedupeKeyOf(dose);
    const tx = this.db.transaction('doses', 'readwrite');
    const same = await tx.store.index('byDedupeKey').getAll(dedupeKey);
    const existing = same.find((entry) => entry.status !== 'refused');
    if (existing) {
      await tx.done;
      return { entry: existing, added: false };
    }
    const entry: QueuedDose = {
      ...dose,
      batch: dose.batch.trim(),
      idempotencyKey: this.makeKey(),
      dedupeKey,
      queuedAt: this.now(),
      status: 'pending',
      attempts: 0,
    };
    await tx.store.add(entry);
    await tx.done;
    this.changed();
    return { entry, added: true };
  }

  async get(key: string): Promise<QueuedDose | undefined> {
    return this.db.get('doses', key);
  }

  /** Every entry, oldest first. */
  async all(): Promise<QueuedDose[]> {
    const entries = await this.db.getAll('doses');
    return entries.sort((a, b) => a.queuedAt - b.queuedAt);
  }

  /** The entries still waiting for the server, oldest first (the order they were given in). */
  async pending(): Promise<QueuedDose[]> {
    const entries = await this.db.getAllFromIndex('doses', 'byStatus', 'pending');
    return entries.sort((a, b) => a.queuedAt - b.queuedAt);
  }

  async pendingCount(): Promise<number> {
    return this.db.countFromIndex('doses', 'byStatus', 'pending');
  }

  /** Applies `change` to the entry if it is still pending (another tab may have settled it meanwhile). */
  private async updatePending(key: string, change: (entry: QueuedDose) => QueuedDose): Promise<void> {
    const tx = this.db.transaction('doses', 'readwrite');
    const entry = await tx.store.get(key);
    if (entry?.status === 'pending') await tx.store.put(change(entry));
    await tx.done;
  }

  /**
   * The walk-in of a pending entry is registered: the dose can now be sent under their reference, and their mobile
   * and document number, needed no longer, are not kept on the device.
   */
  async setReference(key: string, reference: string): Promise<void> {
    await this.updatePending(key, ({ walkIn: _registered, ...entry }) => ({
      ...entry,
      reference,
      dedupeKey: dedupeKeyOf({ reference, dose: entry.dose }),
    }));
    this.changed();
  }

  /** A send of these entries did not reach a verdict (no network, server away): they stay pending. */
  async noteAttempt(keys: readonly string[]): Promise<void> {
    const at = this.now();
    for (const key of keys) {
      await this.updatePending(key, (entry) => ({ ...entry, attempts: entry.attempts + 1, lastAttemptAt: at }));
    }
    this.changed();
  }

  async settle(key: string, verdict: Verdict): Promise<void> {
    const at = this.now();
    await this.updatePending(key, (entry) => ({
      ...entry,
      ...verdict,
      attempts: entry.attempts + 1,
      lastAttemptAt: at,
      settledAt: at,
    }));
    this.changed();
  }

  /** Removes a settled entry from the list (a pending one stays: it is a dose not yet on the server). */
  async dismiss(key: string): Promise<void> {
    const tx = this.db.transaction('doses', 'readwrite');
    const entry = await tx.store.get(key);
    if (entry && entry.status !== 'pending') await tx.store.delete(key);
    await tx.done;
    this.changed();
  }

  /** Forgets settled entries older than `before` (ms), keeping the list to about a day's work. */
  async pruneSettled(before: number): Promise<void> {
    const tx = this.db.transaction('doses', 'readwrite');
    for (const entry of await tx.store.getAll()) {
      if (entry.status !== 'pending' && (entry.settledAt ?? entry.queuedAt) < before) {
        await tx.store.delete(entry.idempotencyKey);
      }
    }
    await tx.done;
    this.changed();
  }
}
