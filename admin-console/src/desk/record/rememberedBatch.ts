import { readSetting, writeSetting } from '../offline/deskCache';
import type { DeskDatabase } from '../offline/deskDatabase';

/** A vial's batch is the same all day for one vaccine at one facility: the desk remembers it per day. */
function batchKey(facilityId: number, day: string, vaccine: string): string {
  return `batch:${facilityId}:${day}:${vaccine}`;
}

export function readRememberedBatch(db: DeskDatabase, facilityId: number, day: string, vaccine: string) {
  return readSetting(db, batchKey(facilityId, day, vaccine));
}

export function rememberBatch(db: DeskDatabase, facilityId: number, day: string, vaccine: string, batch: string) {
  return writeSetting(db, batchKey(facilityId, day, vaccine), batch.trim());
}

/** The vaccine last recorded today at this facility: walk-ins most likely get the same (its vial is open). */
function lastVaccineKey(facilityId: number, day: string): string {
  return `last-vaccine:${facilityId}:${day}`;
}

export function readLastVaccine(db: DeskDatabase, facilityId: number, day: string) {
  return readSetting(db, lastVaccineKey(facilityId, day));
}

export function rememberLastVaccine(db: DeskDatabase, facilityId: number, day: string, vaccine: string) {
  return writeSetting(db, lastVaccineKey(facilityId, day), vaccine);
}
